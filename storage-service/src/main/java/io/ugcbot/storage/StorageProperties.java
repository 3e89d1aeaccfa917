package io.ugcbot.storage;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * @param linkValidity how long a download link works (the seeds' 24 h)
 * @param retention    how long a finished video is kept before it is deleted
 * @param intermediateRetention how long what a video is made from is kept (speech, edited images, uploads, kept
 *                     talking heads): a user returning later starts again from the gallery
 * @param expiryInterval how often expired assets are deleted
 * @param telegram     where users' uploads are fetched from (the bot's token: a secret, never logged)
 * @param upload       what an upload may be
 */
@Validated
@ConfigurationProperties("storage")
public record StorageProperties(@NotNull Duration linkValidity, @NotNull Duration retention,
                                @NotNull Duration intermediateRetention, @NotNull Duration expiryInterval,
                                Telegram telegram, Upload upload) {

    public record Telegram(String token, String apiUrl) {

        public boolean configured() {
            return token != null && !token.isBlank();
        }
    }

    /**
     * @param maxBytes    Telegram lets bots download at most 20 MB
     * @param maxDuration a background clip as long as the longest video
     * @param pollInterval how often the import worker looks for queued imports
     */
    public record Upload(long maxBytes, Duration maxDuration, Duration pollInterval, Duration lease) {
    }
}
