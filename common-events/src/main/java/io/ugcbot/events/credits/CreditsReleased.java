package io.ugcbot.events.credits;

import java.util.UUID;

/** The reserved credits came back to the user. */
public record CreditsReleased(UUID generationId, long userId, int amount, long balance, ReleaseReason reason)
        implements CreditsEvent {

    @Override
    public String subject() {
        return generationId.toString();
    }
}
