package io.ugcbot.gateway.catalog;

import io.ugcbot.events.AssetRef;

/**
 * A voice as the gateway offers it; {@code id} is tts-service's catalog id.
 *
 * @param preview a sample in this voice, or null when tts-service could not make one
 */
public record VoiceOption(String id, String name, String language, String gender, AssetRef preview) {

    /** The button label: a flag for the language, then the name. */
    public String label() {
        String flag = switch (language) {
            case "ru" -> "🇷🇺";
            case "en" -> "🇬🇧";
            default -> "🗣";
        };
        return flag + " " + name;
    }
}
