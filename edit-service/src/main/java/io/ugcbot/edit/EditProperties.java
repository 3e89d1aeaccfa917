package io.ugcbot.edit;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/** @param openai OpenAI images; used when its key is set, the offline editor otherwise */
@Validated
@ConfigurationProperties("edit")
public record EditProperties(OpenAi openai) {

    public record OpenAi(String key, String baseUrl, String model, Duration timeout, @Min(1) int maxAttempts,
                         Duration firstBackoff) {

        public boolean configured() {
            return key != null && !key.isBlank();
        }
    }
}
