package io.ugcbot.ops.kafka;

import io.ugcbot.events.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One record as the tools see it: where it is, its key, its headers as text and its payload. */
public record RecordView(String topic, int partition, long offset, Instant timestamp, String key,
                         Map<String, byte[]> headers, String value) {

    public static RecordView of(ConsumerRecord<String, String> record) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value());
        }
        return new RecordView(record.topic(), record.partition(), record.offset(),
                Instant.ofEpochMilli(record.timestamp()), record.key(), headers, record.value());
    }

    public String header(String name) {
        byte[] value = headers.get(name);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    public String id() {
        return header(CloudEventHeaders.ID);
    }

    public String type() {
        return header(CloudEventHeaders.TYPE);
    }

    public String source() {
        return header(CloudEventHeaders.SOURCE);
    }

    public String subject() {
        return header(CloudEventHeaders.SUBJECT);
    }

    /** When it happened: the producer's {@code ce_time}, else the broker's timestamp. */
    public Instant time() {
        String time = header(CloudEventHeaders.TIME);
        try {
            return time == null ? timestamp : Instant.parse(time);
        } catch (RuntimeException e) {
            return timestamp;
        }
    }

    /** The W3C trace id inside {@code traceparent} ({@code 00-<trace id>-<span id>-<flags>}), or null. */
    public String traceId() {
        String parent = header(CloudEventHeaders.TRACEPARENT);
        if (parent == null) {
            return null;
        }
        String[] parts = parent.split("-");
        return parts.length >= 2 ? parts[1] : null;
    }

    /** {@code topic-partition@offset}, the way Kafka's own tools name a record. */
    public String position() {
        return topic + "-" + partition + "@" + offset;
    }

    /** The type without its owner and version: {@code credits.CreditsReserved.v1} → {@code CreditsReserved}. */
    public String shortType() {
        String type = type();
        if (type == null) {
            return "(no ce_type)";
        }
        String[] parts = type.split("\\.");
        return parts.length == 3 ? parts[1] : type;
    }
}
