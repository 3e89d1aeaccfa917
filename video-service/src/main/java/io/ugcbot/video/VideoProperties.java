package io.ugcbot.video;

import io.ugcbot.events.gateway.Orientation;
import io.ugcbot.kit.fal.FalSettings;
import io.ugcbot.video.fal.FalWebhookToken;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * @param lease            how long a worker owns a job before another instance may take it over (a crashed worker)
 * @param maxAttempts      renders of one job before it fails for good
 * @param failScriptMarker fault injection for tests and drills: a script containing it fails to render; empty is off
 * @param slowScriptMarker fault injection for tests and drills: a script containing it renders 15 s slower, as a
 *                         long provider render does; empty is off
 * @param fal              fal.ai OmniHuman; used when its key is set, the offline renderer otherwise
 */
@Validated
@ConfigurationProperties("video")
public record VideoProperties(@NotNull Duration pollInterval, @NotNull Duration lease, @Min(1) int maxAttempts,
                              @Min(1) int concurrentRenders, Render render, String failScriptMarker, String slowScriptMarker, Fal fal) {

    /** Output of the offline renderer; x264 settings trade speed for size. */
    public record Render(@Min(64) int width, @Min(64) int height, @Min(1) int fps, String preset, @Min(0) int crf) {

        /** This size turned to {@code orientation}: portrait, its landscape twin, or a square of the short side. */
        public Render oriented(Orientation orientation) {
            int shorter = Math.min(width, height);
            int longer = Math.max(width, height);
            return switch (orientation) {
                case PORTRAIT -> new Render(shorter, longer, fps, preset, crf);
                case LANDSCAPE -> new Render(longer, shorter, fps, preset, crf);
                case SQUARE -> new Render(shorter, shorter, fps, preset, crf);
            };
        }
    }

    /**
     * @param queueUrl      fal's queue API; a local fake in contract tests
     * @param model         the endpoint id, e.g. fal-ai/bytedance/omnihuman/v1.5
     * @param resolution    OmniHuman 1.5's {@code resolution} (720p, 1080p); blank sends none (the v1 endpoint has none)
     * @param firstPoll     wait before the first status check; doubles up to {@code maxPoll}
     * @param giveUpAfter   how long a request may stay unfinished before the job fails
     * @param webhookBaseUrl this service's public URL; when set, fal is asked to call {@code /fal/webhook} on it, with a
     *                       token derived from the key in the URL, so every instance accepts what any of them asked for
     */
    public record Fal(String key, String queueUrl, String model, String resolution, Duration requestTimeout,
                      Duration firstPoll,
                      Duration maxPoll, Duration giveUpAfter, @Min(1) int maxAttempts, String webhookBaseUrl) {

        public boolean configured() {
            return key != null && !key.isBlank();
        }

        /** Where fal is asked to call when a request ends, or null when no public URL is configured. */
        public String webhookUrl() {
            return webhookBaseUrl == null || webhookBaseUrl.isBlank() ? null
                    : webhookBaseUrl + "/fal/webhook?token=" + FalWebhookToken.of(key);
        }

        public FalSettings queue() {
            return new FalSettings(key, queueUrl, model, requestTimeout, firstPoll, maxAttempts);
        }
    }
}
