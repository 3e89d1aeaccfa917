package io.ugcbot.kit.fal;

import java.time.Duration;

/**
 * @param queueUrl       fal's queue API ({@code https://queue.fal.run}); a local fake in contract tests
 * @param model          the endpoint id, e.g. {@code fal-ai/bytedance/omnihuman}
 * @param firstBackoff   first wait before retrying a transient failure (and before the first status check)
 * @param maxAttempts    tries of one call, the first included
 */
public record FalSettings(String key, String queueUrl, String model, Duration requestTimeout, Duration firstBackoff,
                          int maxAttempts) {
}
