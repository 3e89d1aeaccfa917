package io.ugcbot.credits.ledger;

import java.time.Instant;
import java.util.UUID;

/** A grant taken back, kept by the grant's id so it is taken back once; {@code amount} may be 0 (all spent). */
public record Revocation(UUID grantId, long userId, int amount, String actor, Instant createdAt) {
}
