package io.ugcbot.gateway.catalog;

/** A voice as the gateway offers it; {@code id} is tts-service's catalog id. */
public record VoiceOption(String id, String label, String language) {
}
