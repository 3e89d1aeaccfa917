package io.ugcbot.events.credits;

import java.util.UUID;

/**
 * A grant was taken back (a refunded purchase): {@code amount} is what was still unspent of it, at most the grant.
 */
public record CreditsRevoked(UUID grantId, long userId, int amount, long balance) implements CreditsEvent {

    @Override
    public String subject() {
        return grantId.toString();
    }
}
