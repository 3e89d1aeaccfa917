package io.ugcbot.storage;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * @param linkValidity how long a download link works (the seeds' 24 h)
 * @param retention    how long a produced asset is kept before it may be deleted
 */
@Validated
@ConfigurationProperties("storage")
public record StorageProperties(@NotNull Duration linkValidity, @NotNull Duration retention) {
}
