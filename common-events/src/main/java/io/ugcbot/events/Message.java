package io.ugcbot.events;

/**
 * Every command and event on Kafka. Records are only ever extended (fields added); readers ignore what they don't know.
 */
public interface Message {

    /** The Telegram user id: the record key, so all of one user's records stay in order on one partition. */
    long userId();

    /** What the record is about (a generation, request or grant id): the {@code ce_subject} header. */
    String subject();

    /**
     * The Kafka record key: the user id, so one user's records stay in order on one partition. Records on a compacted
     * topic key by what they describe instead (a catalog entry), so compaction keeps the latest of each.
     */
    default String key() {
        return Long.toString(userId());
    }
}
