package io.ugcbot.edit.messaging;

import io.ugcbot.kit.jobs.CommandJobs;
import io.ugcbot.events.Topics;
import io.ugcbot.kit.messaging.ReplayTopic;
import io.ugcbot.events.edit.EditImage;
import io.ugcbot.kit.messaging.IdempotentReceiver;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class EditCommandsListener {

    private final IdempotentReceiver receiver;
    private final CommandJobs<EditImage> jobs;
    private final String consumer;

    EditCommandsListener(IdempotentReceiver receiver, CommandJobs<EditImage> jobs,
                         @Value("${spring.application.name}") String consumer) {
        this.receiver = receiver;
        this.jobs = jobs;
        this.consumer = consumer;
    }

    @KafkaListener(topics = {Topics.EDIT_COMMANDS, ReplayTopic.OF_THIS_SERVICE})
    void on(ConsumerRecord<String, String> record) {
        receiver.receive(consumer, record, envelope -> {
            if (envelope.payload() instanceof EditImage command) {
                jobs.requested(command);
            }
        });
    }
}
