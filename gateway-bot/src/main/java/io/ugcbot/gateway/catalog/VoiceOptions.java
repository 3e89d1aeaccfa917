package io.ugcbot.gateway.catalog;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The voices offered, mirroring tts-service's built-in catalog by id. When tts-service publishes its catalog on a
 * compacted topic, this reads it from there instead.
 */
@Component
public class VoiceOptions {

    private static final List<VoiceOption> VOICES = List.of(
            new VoiceOption("ru-female-1", "🇷🇺 Алина", "ru"),
            new VoiceOption("ru-male-1", "🇷🇺 Борис", "ru"),
            new VoiceOption("en-female-1", "🇬🇧 Emma", "en"),
            new VoiceOption("en-male-1", "🇬🇧 James", "en"));

    public List<VoiceOption> all() {
        return VOICES;
    }

    public Optional<VoiceOption> find(String id) {
        return VOICES.stream().filter(voice -> voice.id().equals(id)).findFirst();
    }
}
