package io.ugcbot.kit.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.ugcbot.events.Topics;
import io.ugcbot.kit.KitProperties;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import java.nio.charset.StandardCharsets;

/**
 * What a listener's failure does to its record. A record that can never be processed
 * ({@link UnprocessableRecordException}, or one Spring Kafka itself cannot convert) goes at once, alone, to
 * {@code <topic>.dlt} on the same partition, with a log line and the {@code ugc.kafka.dead.letters} metric; the
 * dead-letter record carries Spring Kafka's headers naming the exception, the original topic, partition, offset and
 * consumer group. Every other failure (a database, S3 or broker away) is retried with backoff for as long as it takes:
 * the consumer holds its place on that partition, and the outage costs time, never the record.
 */
public final class RecordFailureHandling {

    private static final Logger log = LoggerFactory.getLogger(RecordFailureHandling.class);

    private RecordFailureHandling() {
    }

    public static DefaultErrorHandler errorHandler(KafkaTemplate<String, String> kafka, KitProperties.Kafka settings,
                                                   MeterRegistry meters, String consumer) {
        var deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(record.topic() + Topics.DEAD_LETTER_SUFFIX, record.partition()));
        // unwrapping the reason (below) drops the group id Spring Kafka would take from its wrapper: name it here, from
        // the consumer thread the recoverer runs on
        deadLetters.setHeadersFunction((record, failure) -> {
            String group = KafkaUtils.getConsumerGroupId();
            return new RecordHeaders().add(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP,
                    (group != null ? group : consumer).getBytes(StandardCharsets.UTF_8));
        });
        ConsumerRecordRecoverer recoverer = (record, failure) -> {
            Throwable reason = unwrapped(failure);
            log.error("{} dead-lettered {}-{}@{} to {}{}: {}", consumer, record.topic(), record.partition(),
                    record.offset(), record.topic(), Topics.DEAD_LETTER_SUFFIX, reason.toString());
            meters.counter("ugc.kafka.dead.letters", "topic", record.topic(), "consumer", consumer).increment();
            // the dead letter's exception headers name the reason, not the listener plumbing that carried it
            deadLetters.accept(record, reason instanceof Exception exception ? exception : failure);
        };
        var backOff = new ExponentialBackOff(settings.retryBackoff().toMillis(), 2.0);
        backOff.setMaxInterval(settings.maxRetryBackoff().toMillis());
        // no attempt limit and no time limit: a record waits out an outage of any length
        backOff.setMaxAttempts(Integer.MAX_VALUE);
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(UnprocessableRecordException.class);
        // a retry is expected while a dependency is away: a warning each time, not an error
        handler.setLogLevel(KafkaException.Level.WARN);
        return handler;
    }

    /** The failure without Spring Kafka's wrappers around it (listener execution, batch position). */
    static Throwable unwrapped(Throwable failure) {
        Throwable reason = failure;
        while ((reason instanceof ListenerExecutionFailedException || reason instanceof BatchListenerFailedException)
                && reason.getCause() != null) {
            reason = reason.getCause();
        }
        return reason;
    }
}
