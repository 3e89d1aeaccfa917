package io.ugcbot.kit.outbox;

import io.ugcbot.events.Envelope;
import io.ugcbot.events.Message;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.kit.messaging.TraceContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Appends messages to the outbox table inside the caller's transaction, and wakes the relay once it commits. */
public class OutboxWriter {

    private final JdbcClient jdbc;
    private final MessageCodec codec;
    private final OutboxRelay relay;
    private final String source;

    public OutboxWriter(JdbcClient jdbc, MessageCodec codec, OutboxRelay relay, String source) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.relay = relay;
        this.source = source;
    }

    /** Must run inside the transaction of the state change: that is the whole point of the outbox. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Envelope append(Message message) {
        Envelope envelope = Envelope.wrap(message, source, TraceContext.childOfCurrent());
        jdbc.sql("""
                        insert into outbox (id, topic, record_key, type, subject, source, created_at, traceparent, payload)
                        values (:id, :topic, :key, :type, :subject, :source, :time, :traceparent, :payload)""")
                .param("id", envelope.id())
                .param("topic", envelope.topic())
                .param("key", envelope.key())
                .param("type", envelope.type())
                .param("subject", envelope.subject())
                .param("source", envelope.source())
                .param("time", java.sql.Timestamp.from(envelope.time()))
                .param("traceparent", envelope.traceparent())
                .param("payload", codec.encode(message))
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                relay.wakeUp();
            }
        });
        return envelope;
    }
}
