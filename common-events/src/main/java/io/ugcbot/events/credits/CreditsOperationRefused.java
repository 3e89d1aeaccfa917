package io.ugcbot.events.credits;

import java.util.UUID;

/**
 * The ledger refused an operation and changed nothing: its id was already used with other parameters, or the
 * reservation it settles had already reached another end (a capture that lost the race to an expiry).
 *
 * @param operation grant, reserve, capture or release
 */
public record CreditsOperationRefused(UUID referenceId, long userId, String operation, String reason)
        implements CreditsEvent {

    @Override
    public String subject() {
        return referenceId.toString();
    }
}
