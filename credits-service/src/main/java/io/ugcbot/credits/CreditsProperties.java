package io.ugcbot.credits;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * @param welcomeBonus       credits every new user gets once
 * @param reservationTimeout how long a reservation may stay unsettled before the ledger releases it itself
 * @param adminApiKey        the key the admin HTTP API requires; empty closes the admin API
 */
@Validated
@ConfigurationProperties("credits")
public record CreditsProperties(@Min(0) int welcomeBonus, @NotNull Duration reservationTimeout,
                                @NotNull Duration expiryCheckInterval, String adminApiKey) {
}
