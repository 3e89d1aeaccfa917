package io.ugcbot.credits.ledger;

import io.ugcbot.events.credits.GrantKind;

import java.time.Instant;
import java.util.UUID;

/** A grant that was applied; kept by id so the same grant twice is applied once. */
public record GrantRecord(UUID grantId, long userId, int amount, GrantKind kind, String actor, Instant createdAt) {
}
