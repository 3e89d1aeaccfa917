package io.ugcbot.tts;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * @param maxDuration the longest speech a video may have (the seeds' 15 s)
 * @param maxTextLength characters accepted in one script; longer ones are refused before synthesis
 */
@Validated
@ConfigurationProperties("tts")
public record TtsProperties(@NotNull Duration maxDuration, int maxTextLength) {
}
