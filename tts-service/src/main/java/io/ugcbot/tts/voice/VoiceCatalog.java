package io.ugcbot.tts.voice;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The built-in voices, each with its espeak-ng and ElevenLabs voice. Ids are stable: users' sessions store them.
 * {@link VoiceCatalogPublisher} publishes them (with preview samples) for the gateway.
 */
@Component
public class VoiceCatalog {

    private static final List<Voice> VOICES = List.of(
            // ElevenLabs ids are its premade voices, which speak Russian too with the multilingual model
            new Voice("ru-female-1", "Алина", "ru", "female", "ru+f3", 60, 175, "21m00Tcm4TlvDq8ikWAM"),
            new Voice("ru-male-1", "Борис", "ru", "male", "ru+m3", 40, 165, "pNInz6obpgDQGcFmaJgB"),
            new Voice("en-female-1", "Emma", "en", "female", "en-us+f3", 60, 170, "EXAVITQu4vr4xnSDxMaL"),
            new Voice("en-male-1", "James", "en", "male", "en-us+m3", 40, 160, "TxGEqnHWrfWFTfGW9XjX"));

    public List<Voice> all() {
        return VOICES;
    }

    public Optional<Voice> find(String id) {
        return VOICES.stream().filter(voice -> voice.id().equals(id)).findFirst();
    }
}
