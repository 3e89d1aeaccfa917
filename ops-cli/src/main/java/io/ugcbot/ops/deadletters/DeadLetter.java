package io.ugcbot.ops.deadletters;

import io.ugcbot.ops.kafka.RecordView;

import java.nio.ByteBuffer;

/** A record on a {@code <topic>.dlt} with what sent it there, read from the dead-letter headers. */
record DeadLetter(RecordView record) {

    static final String EXCEPTION = "kafka_dlt-exception-fqcn";
    static final String MESSAGE = "kafka_dlt-exception-message";
    static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";
    static final String ORIGINAL_PARTITION = "kafka_dlt-original-partition";
    static final String ORIGINAL_OFFSET = "kafka_dlt-original-offset";
    static final String CONSUMER_GROUP = "kafka_dlt-original-consumer-group";
    /** On a re-driven record: the dead letter it came from, so the same one is never sent back twice. */
    static final String REDRIVEN_FROM = "ugc_redriven_from";

    /** The topic it failed on: the header, else the dead-letter topic's name without {@code .dlt}. */
    String originalTopic() {
        String topic = record.header(ORIGINAL_TOPIC);
        return topic != null ? topic : record.topic().substring(0, record.topic().length() - ".dlt".length());
    }

    String originalPosition() {
        byte[] partition = record.headers().get(ORIGINAL_PARTITION);
        byte[] offset = record.headers().get(ORIGINAL_OFFSET);
        return originalTopic() + "-" + (partition == null ? "?" : ByteBuffer.wrap(partition).getInt()) + "@"
                + (offset == null ? "?" : ByteBuffer.wrap(offset).getLong());
    }

    Integer originalPartition() {
        byte[] partition = record.headers().get(ORIGINAL_PARTITION);
        return partition == null ? null : ByteBuffer.wrap(partition).getInt();
    }

    String consumer() {
        String group = record.header(CONSUMER_GROUP);
        return group == null ? "?" : group;
    }

    String failure() {
        String exception = record.header(EXCEPTION);
        String message = record.header(MESSAGE);
        return (exception == null ? "?" : exception.substring(exception.lastIndexOf('.') + 1))
                + (message == null ? "" : ": " + message);
    }

    /** Whether a header of Spring Kafka's dead-lettering, which must not travel back with the record. */
    static boolean isDeadLetterHeader(String name) {
        return name.startsWith("kafka_dlt-");
    }
}
