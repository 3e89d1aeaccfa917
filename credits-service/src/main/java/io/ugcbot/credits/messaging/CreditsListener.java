package io.ugcbot.credits.messaging;

import io.ugcbot.credits.application.LedgerService;
import io.ugcbot.events.Topics;
import io.ugcbot.kit.messaging.ReplayTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Whole polled batches go to the ledger: one transaction each, idempotent per record. */
@Component
class CreditsListener {

    private final LedgerService ledger;
    private final String consumer;

    CreditsListener(LedgerService ledger, @Value("${spring.application.name}") String consumer) {
        this.ledger = ledger;
        this.consumer = consumer;
    }

    @KafkaListener(topics = {Topics.GATEWAY_EVENTS, Topics.CREDITS_COMMANDS, Topics.VIDEO_EVENTS,
            ReplayTopic.OF_THIS_SERVICE}, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        ledger.applyRecords(consumer, records);
    }
}
