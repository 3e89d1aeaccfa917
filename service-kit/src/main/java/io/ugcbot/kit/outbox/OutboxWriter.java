package io.ugcbot.kit.outbox;

import io.ugcbot.events.Envelope;
import io.ugcbot.events.Message;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.kit.jdbc.ColumnBatch;
import io.ugcbot.kit.messaging.TraceContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.util.List;

/** Appends messages to the outbox table inside the caller's transaction, and wakes the relay once it commits. */
public class OutboxWriter {

    private static final String INSERT = """
            insert into outbox (id, topic, record_key, type, subject, source, created_at, traceparent, payload)
            values (:id, :topic, :key, :type, :subject, :source, :time, :traceparent, :payload)""";

    private final NamedParameterJdbcTemplate jdbc;
    private final MessageCodec codec;
    private final OutboxRelay relay;
    private final String source;

    public OutboxWriter(NamedParameterJdbcTemplate jdbc, MessageCodec codec, OutboxRelay relay, String source) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.relay = relay;
        this.source = source;
    }

    /** A message and the traceparent of the record that caused it, for writing many at once. */
    public record Caused(Message message, String causeTraceparent) {
    }

    /** Must run inside the transaction of the state change: that is the whole point of the outbox. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Envelope append(Message message) {
        Envelope envelope = Envelope.wrap(message, source, TraceContext.childOfCurrent());
        jdbc.update(INSERT, row(envelope));
        wakeRelayAfterCommit();
        return envelope;
    }

    /** The same as {@link #append} for many messages, in one statement (batch consumers); in list order. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void appendAll(List<Caused> messages) {
        if (messages.isEmpty()) {
            return;
        }
        List<Envelope> envelopes = messages.stream()
                .map(caused -> Envelope.wrap(caused.message(), source, TraceContext.childOf(caused.causeTraceparent())))
                .toList();
        ColumnBatch.of(envelopes)
                .column("uuid", Envelope::id).column("text", Envelope::topic).column("text", Envelope::key)
                .column("text", Envelope::type).column("text", Envelope::subject).column("text", Envelope::source)
                .column("timestamptz", Envelope::time).column("text", Envelope::traceparent)
                .column("text", envelope -> codec.encode(envelope.payload()))
                .execute(jdbc.getJdbcOperations(), """
                        insert into outbox (id, topic, record_key, type, subject, source, created_at, traceparent, payload)
                        select * from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                             ?::timestamptz[], ?::text[], ?::text[])""");
        wakeRelayAfterCommit();
    }

    private MapSqlParameterSource row(Envelope envelope) {
        return new MapSqlParameterSource()
                .addValue("id", envelope.id())
                .addValue("topic", envelope.topic())
                .addValue("key", envelope.key())
                .addValue("type", envelope.type())
                .addValue("subject", envelope.subject())
                .addValue("source", envelope.source())
                .addValue("time", Timestamp.from(envelope.time()))
                .addValue("traceparent", envelope.traceparent())
                .addValue("payload", codec.encode(envelope.payload()));
    }

    private void wakeRelayAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }
        });
    }
}
