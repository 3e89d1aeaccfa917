package io.ugcbot.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A message with its CloudEvents metadata: what the outbox stores and what a consumer receives.
 *
 * @param traceparent W3C trace context, carried from the message that caused this one
 */
public record Envelope(UUID id, String type, String source, Instant time, String subject, String traceparent,
                       Message payload) {

    public static Envelope wrap(Message payload, String source, String traceparent) {
        return new Envelope(Ids.next(), MessageTypes.typeOf(payload.getClass()), source, Instant.now(),
                payload.subject(), traceparent, payload);
    }

    public String topic() {
        return Topics.of(payload.getClass()).name();
    }

    public String key() {
        return payload.key();
    }

    /** The headers of the Kafka record, in CloudEvents binary mode. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.ID, id.toString());
        headers.put(CloudEventHeaders.TYPE, type);
        headers.put(CloudEventHeaders.SOURCE, source);
        headers.put(CloudEventHeaders.TIME, time.toString());
        headers.put(CloudEventHeaders.SUBJECT, subject);
        headers.put(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        if (traceparent != null) {
            headers.put(CloudEventHeaders.TRACEPARENT, traceparent);
        }
        return headers;
    }
}
