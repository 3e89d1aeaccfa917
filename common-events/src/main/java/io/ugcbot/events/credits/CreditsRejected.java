package io.ugcbot.events.credits;

import java.util.UUID;

/** The generation cannot be paid for: the user has {@code balance} and needs {@code needed}. */
public record CreditsRejected(UUID generationId, long userId, long balance, int needed) implements CreditsEvent {

    @Override
    public String subject() {
        return generationId.toString();
    }
}
