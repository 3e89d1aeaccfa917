package io.ugcbot.events.credits;

import java.util.UUID;

public record CreditsGranted(UUID grantId, long userId, int amount, GrantKind kind, long balance)
        implements CreditsEvent {

    @Override
    public String subject() {
        return grantId.toString();
    }
}
