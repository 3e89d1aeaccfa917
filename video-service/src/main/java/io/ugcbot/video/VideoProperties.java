package io.ugcbot.video;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * @param lease            how long a worker owns a job before another instance may take it over (a crashed worker)
 * @param maxAttempts      renders of one job before it fails for good
 * @param failScriptMarker fault injection for tests and drills: a script containing it fails to render; empty is off
 */
@Validated
@ConfigurationProperties("video")
public record VideoProperties(@NotNull Duration pollInterval, @NotNull Duration lease, @Min(1) int maxAttempts,
                              Render render, String failScriptMarker) {

    /** Output of the offline renderer; x264 settings trade speed for size. */
    public record Render(@Min(64) int width, @Min(64) int height, @Min(1) int fps, String preset, @Min(0) int crf) {
    }
}
