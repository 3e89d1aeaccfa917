package io.ugcbot.events.credits;

import java.util.UUID;

/** An admin tops a user up; {@code grantId} makes a repeated command harmless. */
public record GrantCredits(UUID grantId, long userId, int amount, long adminId, String reason)
        implements CreditsCommand {

    @Override
    public String subject() {
        return grantId.toString();
    }
}
