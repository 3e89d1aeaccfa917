package io.ugcbot.tts.messaging;

import io.ugcbot.events.Topics;
import io.ugcbot.events.tts.SynthesizeSpeech;
import io.ugcbot.kit.messaging.IdempotentReceiver;
import io.ugcbot.tts.speech.SpeechSynthesis;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class TtsCommandsListener {

    private final IdempotentReceiver receiver;
    private final SpeechSynthesis synthesis;
    private final String consumer;

    TtsCommandsListener(IdempotentReceiver receiver, SpeechSynthesis synthesis,
                        @Value("${spring.application.name}") String consumer) {
        this.receiver = receiver;
        this.synthesis = synthesis;
        this.consumer = consumer;
    }

    @KafkaListener(topics = Topics.TTS_COMMANDS)
    void on(ConsumerRecord<String, String> record) {
        receiver.receive(consumer, record, envelope -> {
            if (envelope.payload() instanceof SynthesizeSpeech command) {
                synthesis.synthesize(command);
            }
        });
    }
}
