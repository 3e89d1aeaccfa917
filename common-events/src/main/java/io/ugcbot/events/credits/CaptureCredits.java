package io.ugcbot.events.credits;

import java.util.UUID;

/**
 * Spend part or all of a generation's reservation; what is not captured goes back to the user. (A VideoReady captures
 * the whole reservation; this is for settling a cheaper result.)
 */
public record CaptureCredits(UUID generationId, long userId, int amount) implements CreditsCommand {

    @Override
    public String subject() {
        return generationId.toString();
    }
}
