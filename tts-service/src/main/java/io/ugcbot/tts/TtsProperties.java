package io.ugcbot.tts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * @param maxDuration the longest speech a video may have (the seeds' 15 s)
 * @param maxTextLength characters accepted in one script; longer ones are refused before synthesis
 * @param elevenlabs    the ElevenLabs provider, used when its API key is set
 * @param pollInterval  how often the speech worker looks for jobs nobody woke it for (retries, a crashed instance's)
 * @param voiceManifestKey the S3 key (assets bucket) of the operator's voice manifest ({@code VOICE_MANIFEST_KEY});
 *                      no object there: the built-in voices
 */
@Validated
@ConfigurationProperties("tts")
public record TtsProperties(@NotNull Duration maxDuration, int maxTextLength, ElevenLabs elevenlabs,
                            @NotNull Duration pollInterval, @NotBlank String voiceManifestKey) {

    /**
     * @param apiKey      from {@code ELEVENLABS_API_KEY}; empty selects the offline engine
     * @param maxAttempts calls per synthesis when ElevenLabs answers 429 or 5xx or times out
     */
    public record ElevenLabs(String apiKey, String baseUrl, String modelId, double stability, double similarityBoost,
                             Duration timeout, int maxAttempts, Duration firstBackoff) {

        public boolean configured() {
            return apiKey != null && !apiKey.isBlank();
        }
    }
}
