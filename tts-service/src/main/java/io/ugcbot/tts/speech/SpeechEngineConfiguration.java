package io.ugcbot.tts.speech;

import io.ugcbot.kit.models.ModelCatalog;
import io.ugcbot.tts.TtsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** ElevenLabs when its key is configured, espeak-ng otherwise; the log says which (never the key). */
@Configuration
class SpeechEngineConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SpeechEngineConfiguration.class);

    @Bean
    SpeechEngine speechEngine(TtsProperties properties) {
        SpeechEngine engine = properties.elevenlabs().configured()
                ? new ElevenLabsSpeechEngine(properties.elevenlabs())
                : new EspeakSpeechEngine();
        log.info("Speech engine: {}", engine.name());
        return engine;
    }

    /** ElevenLabs lists the models an account can use: the configured one is looked up at start and daily. */
    @Bean
    @ConditionalOnExpression("'${tts.elevenlabs.api-key:}' != ''")
    ModelCatalog elevenLabsModelCatalog(TtsProperties properties) {
        return new ElevenLabsModelCatalog(properties.elevenlabs());
    }
}
