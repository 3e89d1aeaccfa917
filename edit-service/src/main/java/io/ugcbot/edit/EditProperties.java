package io.ugcbot.edit;

import io.ugcbot.kit.fal.FalSettings;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * @param pollInterval how often the worker looks for queued edits
 * @param provider which editor to use: {@code auto} (fal if its key is set, then OpenAI if its key is set, then the
 *                 offline editor, each taking over when the one before says its model is unavailable), {@code fal},
 *                 {@code openai} or {@code offline} (that one alone)
 * @param fal      fal nano-banana edit through fal's queue API
 * @param openai   OpenAI images
 */
@Validated
@ConfigurationProperties("edit")
public record EditProperties(Duration pollInterval, String provider, Fal fal, OpenAi openai) {

    public record Fal(String key, String queueUrl, String model, Duration requestTimeout, Duration firstPoll,
                      Duration maxPoll, Duration giveUpAfter, @Min(1) int maxAttempts) {

        public boolean configured() {
            return key != null && !key.isBlank();
        }

        public FalSettings queue() {
            return new FalSettings(key, queueUrl, model, requestTimeout, firstPoll, maxAttempts);
        }
    }

    /** @param quality {@code low}, {@code medium}, {@code high} (and {@code xhigh}, {@code max} on GPT Image 2.6) */
    public record OpenAi(String key, String baseUrl, String model, String quality, Duration timeout,
                         @Min(1) int maxAttempts, Duration firstBackoff) {

        public boolean configured() {
            return key != null && !key.isBlank();
        }
    }
}
