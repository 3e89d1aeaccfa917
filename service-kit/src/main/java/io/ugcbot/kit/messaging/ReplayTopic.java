package io.ugcbot.kit.messaging;

/**
 * Every listener reads its service's replay topic ({@code replay.<consumer>}, see
 * {@link io.ugcbot.events.Topics#replayTopic}) beside its home topics, through the same receiver and inbox: name it in
 * {@code @KafkaListener(topics = {…, ReplayTopic.OF_THIS_SERVICE})}. The handlers decide by the record's type, never by
 * the topic it came from, so a replayed record is handled exactly as its original.
 */
public final class ReplayTopic {

    /** Resolved by Spring from {@code ugc.kafka.replay-topic} ({@code replay.${spring.application.name}}). */
    public static final String OF_THIS_SERVICE = "${ugc.kafka.replay-topic}";

    private ReplayTopic() {
    }
}
