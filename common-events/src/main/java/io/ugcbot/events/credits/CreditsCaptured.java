package io.ugcbot.events.credits;

import java.util.UUID;

/** The video was delivered: the reserved credits are spent. */
public record CreditsCaptured(UUID generationId, long userId, int amount, long balance) implements CreditsEvent {

    @Override
    public String subject() {
        return generationId.toString();
    }
}
