package io.ugcbot.tts.voice;

/**
 * A catalog voice.
 *
 * @param engineVoice the espeak-ng voice (language and variant, e.g. {@code ru+f3})
 * @param pitch       0–99, espeak-ng's scale
 * @param wordsPerMinute espeak-ng's speed
 * @param elevenLabsVoiceId the ElevenLabs voice used when that provider is configured
 */
public record Voice(String id, String name, String language, String gender, String engineVoice, int pitch,
                    int wordsPerMinute, String elevenLabsVoiceId) {
}
