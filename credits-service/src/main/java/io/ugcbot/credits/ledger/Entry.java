package io.ugcbot.credits.ledger;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of history: how the user's available balance moved ({@code delta}), why, and who did it. The deltas of a
 * user add up to their available balance.
 */
public record Entry(long userId, int delta, Kind kind, UUID referenceId, String actor, Instant createdAt) {

    public enum Kind { GRANT, REVOKE, RESERVE, CAPTURE, RELEASE, EXPIRE }
}
