package io.ugcbot.events.credits;

import java.time.Instant;
import java.util.UUID;

/** Credits are held for a generation until it is captured, released or expires at {@code expiresAt}. */
public record CreditsReserved(UUID generationId, long userId, int amount, long balance, Instant expiresAt)
        implements CreditsEvent {

    @Override
    public String subject() {
        return generationId.toString();
    }
}
