package io.ugcbot.tts.messaging;

import io.ugcbot.events.Topics;
import io.ugcbot.kit.messaging.ReplayTopic;
import io.ugcbot.events.tts.ReloadVoices;
import io.ugcbot.events.tts.SynthesizeSpeech;
import io.ugcbot.tts.voice.VoiceCatalogPublisher;
import io.ugcbot.kit.messaging.IdempotentReceiver;
import io.ugcbot.kit.jobs.CommandJobs;
import io.ugcbot.tts.job.SpeechWorker;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Queues each speech request as a job (once per request id) and wakes the worker when the queueing has committed. */
@Component
class TtsCommandsListener {

    private final IdempotentReceiver receiver;
    private final CommandJobs<SynthesizeSpeech> jobs;
    private final SpeechWorker worker;
    private final VoiceCatalogPublisher catalog;
    private final String consumer;

    TtsCommandsListener(IdempotentReceiver receiver, CommandJobs<SynthesizeSpeech> jobs, SpeechWorker worker,
                        VoiceCatalogPublisher catalog, @Value("${spring.application.name}") String consumer) {
        this.catalog = catalog;
        this.receiver = receiver;
        this.jobs = jobs;
        this.worker = worker;
        this.consumer = consumer;
    }

    @KafkaListener(topics = {Topics.TTS_COMMANDS, ReplayTopic.OF_THIS_SERVICE})
    void on(ConsumerRecord<String, String> record) {
        receiver.receive(consumer, record, envelope -> {
            if (envelope.payload() instanceof ReloadVoices reload) {
                // after the claim commits: the previews it may synthesize do not belong in a consumer's transaction
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        catalog.publish(reload.reloadId(), reload.adminId());
                    }
                });
            }
            if (envelope.payload() instanceof SynthesizeSpeech command) {
                jobs.requested(command);
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        worker.wakeUp();
                    }
                });
            }
        });
    }
}
