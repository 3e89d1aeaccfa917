package io.ugcbot.kit.messaging;

import io.ugcbot.events.CloudEventHeaders;
import io.ugcbot.events.Envelope;
import io.ugcbot.events.Message;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.Topics;
import io.ugcbot.kit.inbox.Inbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Turns a Kafka record into an {@link Envelope} and hands it to the handler at most once per consumer: the inbox claim
 * and the handler's effects share one transaction. Types this build does not know are skipped (a newer producer).
 * Every record is counted, {@code ugc.records{consumer,type,outcome}} with outcome handled, duplicate, failed or
 * unknown, and each handling timed ({@code ugc.records.handling}).
 */
public class IdempotentReceiver {

    private static final Logger log = LoggerFactory.getLogger(IdempotentReceiver.class);

    private final Inbox inbox;
    private final MessageCodec codec;
    private final MeterRegistry meters;

    public IdempotentReceiver(Inbox inbox, MessageCodec codec, MeterRegistry meters) {
        this.inbox = inbox;
        this.codec = codec;
        this.meters = meters;
    }

    @Transactional
    public void receive(String consumer, ConsumerRecord<String, String> record, Consumer<Envelope> handler) {
        receive(consumer, record, handler, null);
    }

    /**
     * The same, for a service that keeps read models: a record replayed to rebuild them ({@link #isRebuild}) goes to
     * {@code readModels} alone, claimed in the inbox like any other. Without {@code readModels} a rebuild record is
     * skipped unclaimed: the service has nothing to rebuild, and its reactions must not run again.
     */
    @Transactional
    public void receive(String consumer, ConsumerRecord<String, String> record, Consumer<Envelope> handler,
                        Consumer<Envelope> readModels) {
        boolean rebuild = isRebuild(record);
        if (rebuild && readModels == null) {
            count(consumer, String.valueOf(headerOrNull(record)), "rebuild_skipped");
            return;
        }
        Consumer<Envelope> apply = rebuild ? readModels : handler;
        Optional<Envelope> decoded = decode(record);
        if (decoded.isEmpty()) {
            count(consumer, String.valueOf(headerOrNull(record)), "unknown");
            return;
        }
        Envelope envelope = decoded.get();
        if (!inbox.claim(consumer, envelope.id())) {
            log.debug("{} already handled {} {}", consumer, envelope.type(), envelope.id());
            count(consumer, envelope.type(), "duplicate");
            return;
        }
        TraceContext.set(envelope.traceparent());
        Timer.Sample handling = Timer.start(meters);
        try {
            apply.accept(envelope);
            count(consumer, envelope.type(), "handled");
        } catch (RuntimeException | Error e) {
            count(consumer, envelope.type(), "failed");
            throw e;
        } finally {
            handling.stop(meters.timer("ugc.records.handling", "consumer", consumer, "type", envelope.type()));
            TraceContext.clear();
        }
    }

    /** Replayed by {@code bin/replay --rebuild}: for read models only (see {@link Topics#REPLAY_MODE_HEADER}). */
    public static boolean isRebuild(ConsumerRecord<String, String> record) {
        return Topics.REBUILD.equals(header(record, Topics.REPLAY_MODE_HEADER));
    }

    private void count(String consumer, String type, String outcome) {
        meters.counter("ugc.records", "consumer", consumer, "type", type, "outcome", outcome).increment();
    }

    private static String headerOrNull(ConsumerRecord<String, String> record) {
        return header(record, CloudEventHeaders.TYPE);
    }

    /**
     * The record as an envelope; empty for a type this build does not know (a newer producer's). A record without its
     * id or type headers, or whose payload does not decode as its type, is {@link UnprocessableRecordException}:
     * decoding is pure, so delivering it again would fail the same way.
     */
    public Optional<Envelope> decode(ConsumerRecord<String, String> record) {
        String type = header(record, CloudEventHeaders.TYPE);
        String id = header(record, CloudEventHeaders.ID);
        if (type == null || id == null) {
            throw new UnprocessableRecordException("Record without ce_type/ce_id on " + record.topic()
                    + "-" + record.partition() + "@" + record.offset());
        }
        try {
            Optional<Message> payload = codec.decode(type, record.value());
            if (payload.isEmpty()) {
                log.debug("Skipping {} on {}: unknown to this build", type, record.topic());
                return Optional.empty();
            }
            String time = header(record, CloudEventHeaders.TIME);
            return Optional.of(new Envelope(UUID.fromString(id), type, header(record, CloudEventHeaders.SOURCE),
                    time == null ? Instant.ofEpochMilli(record.timestamp()) : Instant.parse(time),
                    header(record, CloudEventHeaders.SUBJECT), header(record, CloudEventHeaders.TRACEPARENT),
                    payload.get()));
        } catch (RuntimeException e) {
            throw new UnprocessableRecordException("Undecodable " + type + " " + id + " on " + record.topic()
                    + "-" + record.partition() + "@" + record.offset() + ": " + e.getMessage(), e);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
