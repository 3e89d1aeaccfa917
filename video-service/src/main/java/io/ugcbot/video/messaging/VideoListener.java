package io.ugcbot.video.messaging;

import io.ugcbot.events.Envelope;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.Topics;
import io.ugcbot.kit.messaging.ReplayTopic;
import io.ugcbot.events.credits.CreditsRejected;
import io.ugcbot.events.credits.CreditsReleased;
import io.ugcbot.events.credits.CreditsReserved;
import io.ugcbot.events.gateway.GenerationRequested;
import io.ugcbot.kit.messaging.IdempotentReceiver;
import io.ugcbot.video.job.RenderJobs;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** A render starts only with both the request and its reservation; a released reservation drops the job. */
@Component
class VideoListener {

    private final IdempotentReceiver receiver;
    private final RenderJobs jobs;
    private final MessageCodec codec;
    private final String consumer;

    VideoListener(IdempotentReceiver receiver, RenderJobs jobs, MessageCodec codec,
                  @Value("${spring.application.name}") String consumer) {
        this.receiver = receiver;
        this.jobs = jobs;
        this.codec = codec;
        this.consumer = consumer;
    }

    @KafkaListener(topics = {Topics.GATEWAY_EVENTS, Topics.CREDITS_EVENTS, ReplayTopic.OF_THIS_SERVICE})
    void on(ConsumerRecord<String, String> record) {
        receiver.receive(consumer, record, this::handle);
    }

    private void handle(Envelope envelope) {
        switch (envelope.payload()) {
            case GenerationRequested event -> jobs.onRequested(event, codec.encode(event));
            case CreditsReserved event -> jobs.onReserved(event.generationId(), event.userId());
            case CreditsRejected event -> jobs.onPaymentWithdrawn(event.generationId(), event.userId());
            case CreditsReleased event -> jobs.onPaymentWithdrawn(event.generationId(), event.userId());
            default -> {
                // not about rendering
            }
        }
    }
}
