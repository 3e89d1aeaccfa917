package io.ugcbot.kit.outbox;

import io.ugcbot.events.CloudEventHeaders;
import io.ugcbot.kit.KitProperties;
import io.ugcbot.kit.worker.WakeableWorker;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Sends committed outbox rows to Kafka in insertion order, then deletes them. One relay per service is active at a time
 * (a transaction-scoped advisory lock), which keeps each user's records in order when several instances run. A failed
 * send rolls the batch back and it is tried again: delivery is at least once, and consumers are idempotent. Measured:
 * {@code ugc.outbox.sent{topic}}, {@code ugc.outbox.relay.delay} (from the row's commit-time insert to Kafka's ack)
 * and the gauge {@code ugc.outbox.backlog} (rows waiting).
 */
public class OutboxRelay extends WakeableWorker {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, String> kafka;
    private final KitProperties.Outbox settings;
    private final long lockKey;
    private final MeterRegistry meters;
    private final Timer delay;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> kafka,
                       KitProperties.Outbox settings, String schema, MeterRegistry meters) {
        super("outbox-relay", settings.pollInterval());
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.settings = settings;
        this.lockKey = ("outbox-relay:" + schema).hashCode();
        this.meters = meters;
        this.delay = Timer.builder("ugc.outbox.relay.delay")
                .description("from a record's write to the outbox until Kafka acknowledged it")
                .publishPercentileHistogram().register(meters);
        Gauge.builder("ugc.outbox.backlog", this::backlog).description("outbox rows not yet sent to Kafka")
                .register(meters);
    }

    private double backlog() {
        return jdbc.sql("select count(*) from outbox").query(Long.class).single();
    }

    /** Relays one batch; returns how many rows were sent. Public so tests and benchmarks can drain synchronously. */
    public int relayBatch() {
        Integer sent = transactions.execute(status -> {
            Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", lockKey)
                    .query(Boolean.class).single();
            if (!locked) {
                return 0;
            }
            List<PendingRecord> batch = jdbc.sql("""
                            select seq, topic, record_key, id, type, subject, source, created_at, traceparent, payload
                            from outbox order by seq limit :limit""")
                    .param("limit", settings.batchSize())
                    .query(OutboxRelay::pendingRecord).list();
            if (batch.isEmpty()) {
                return 0;
            }
            CompletableFuture<?>[] acks = batch.stream().map(row -> kafka.send(row.toProducerRecord()))
                    .toArray(CompletableFuture[]::new);
            // send now rather than after linger.ms: the relay waits for these acks before it can take the next batch
            kafka.flush();
            CompletableFuture.allOf(acks).join();
            // exactly the rows sent: a transaction that took a lower seq may commit after this batch was read, and
            // a range delete ("seq <= last") would drop its rows unsent
            jdbc.sql("delete from outbox where seq in (:sent)")
                    .param("sent", batch.stream().map(PendingRecord::seq).toList()).update();
            Instant acked = Instant.now();
            for (PendingRecord row : batch) {
                delay.record(Duration.between(Instant.parse(row.time()), acked));
                meters.counter("ugc.outbox.sent", "topic", row.topic()).increment();
            }
            return batch.size();
        });
        return sent == null ? 0 : sent;
    }

    @Override
    protected boolean workOnce() {
        return relayBatch() == settings.batchSize();
    }

    private static PendingRecord pendingRecord(ResultSet rs, int row) throws SQLException {
        return new PendingRecord(rs.getLong("seq"), rs.getString("topic"), rs.getString("record_key"),
                rs.getString("id"), rs.getString("type"), rs.getString("subject"), rs.getString("source"),
                rs.getTimestamp("created_at").toInstant().toString(), rs.getString("traceparent"),
                rs.getString("payload"));
    }

    private record PendingRecord(long seq, String topic, String key, String id, String type, String subject,
                                 String source, String time, String traceparent, String payload) {

        ProducerRecord<String, String> toProducerRecord() {
            var record = new ProducerRecord<>(topic, key, payload);
            header(record, CloudEventHeaders.ID, id);
            header(record, CloudEventHeaders.TYPE, type);
            header(record, CloudEventHeaders.SOURCE, source);
            header(record, CloudEventHeaders.TIME, time);
            header(record, CloudEventHeaders.SUBJECT, subject);
            header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
            header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
            if (traceparent != null) {
                header(record, CloudEventHeaders.TRACEPARENT, traceparent);
            }
            return record;
        }

        private static void header(ProducerRecord<String, String> record, String name, String value) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
