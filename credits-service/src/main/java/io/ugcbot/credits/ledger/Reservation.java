package io.ugcbot.credits.ledger;

import java.time.Instant;
import java.util.UUID;

/**
 * Credits held for one generation. A REJECTED reservation is kept too, so a repeated request gets the same answer.
 * Every reservation reaches exactly one of CAPTURED, RELEASED, EXPIRED (or is REJECTED from the start).
 */
public final class Reservation {

    public enum Status { PENDING, CAPTURED, RELEASED, EXPIRED, REJECTED }

    private final UUID generationId;
    private final long userId;
    private final int amount;
    private final Instant createdAt;
    private final Instant expiresAt;
    private Status status;
    private int capturedAmount;
    private Instant settledAt;
    private final boolean isNew;
    private boolean changed;

    public Reservation(UUID generationId, long userId, int amount, Status status, int capturedAmount,
                       Instant createdAt, Instant expiresAt, Instant settledAt) {
        this(generationId, userId, amount, status, capturedAmount, createdAt, expiresAt, settledAt, false);
    }

    private Reservation(UUID generationId, long userId, int amount, Status status, int capturedAmount,
                        Instant createdAt, Instant expiresAt, Instant settledAt, boolean isNew) {
        this.generationId = generationId;
        this.userId = userId;
        this.amount = amount;
        this.status = status;
        this.capturedAmount = capturedAmount;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.settledAt = settledAt;
        this.isNew = isNew;
        this.changed = isNew;
    }

    static Reservation open(UUID generationId, long userId, int amount, Status status, Instant now, Instant expiresAt) {
        return new Reservation(generationId, userId, amount, status, 0, now, expiresAt,
                status == Status.PENDING ? null : now, true);
    }

    void settle(Status terminal, int captured, Instant now) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("reservation " + generationId + " is already " + status);
        }
        status = terminal;
        capturedAmount = captured;
        settledAt = now;
        changed = true;
    }

    public UUID generationId() {
        return generationId;
    }

    public long userId() {
        return userId;
    }

    public int amount() {
        return amount;
    }

    public Status status() {
        return status;
    }

    public int capturedAmount() {
        return capturedAmount;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant settledAt() {
        return settledAt;
    }

    public boolean isNew() {
        return isNew;
    }

    public boolean changed() {
        return changed;
    }
}
