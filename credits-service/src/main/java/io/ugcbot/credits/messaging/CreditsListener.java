package io.ugcbot.credits.messaging;

import io.ugcbot.credits.grant.Grants;
import io.ugcbot.credits.reservation.Reservations;
import io.ugcbot.events.Message;
import io.ugcbot.events.Topics;
import io.ugcbot.events.credits.GrantCredits;
import io.ugcbot.events.credits.ReleaseReason;
import io.ugcbot.events.gateway.GenerationRequested;
import io.ugcbot.events.gateway.UserRegistered;
import io.ugcbot.events.video.VideoFailed;
import io.ugcbot.events.video.VideoReady;
import io.ugcbot.kit.messaging.IdempotentReceiver;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class CreditsListener {

    private final IdempotentReceiver receiver;
    private final Grants grants;
    private final Reservations reservations;
    private final String consumer;

    CreditsListener(IdempotentReceiver receiver, Grants grants, Reservations reservations,
                    @Value("${spring.application.name}") String consumer) {
        this.receiver = receiver;
        this.grants = grants;
        this.reservations = reservations;
        this.consumer = consumer;
    }

    @KafkaListener(topics = {Topics.GATEWAY_EVENTS, Topics.CREDITS_COMMANDS, Topics.VIDEO_EVENTS})
    void on(ConsumerRecord<String, String> record) {
        receiver.receive(consumer, record, envelope -> handle(envelope.payload()));
    }

    private void handle(Message message) {
        switch (message) {
            case UserRegistered event -> grants.welcome(event);
            case GrantCredits command -> grants.topUp(command);
            case GenerationRequested event -> reservations.reserve(event);
            case VideoReady event -> reservations.capture(event.generationId());
            case VideoFailed event -> reservations.release(event.generationId(), ReleaseReason.FAILED);
            default -> {
                // other events on these topics are not the ledger's business
            }
        }
    }
}
