package io.ugcbot.credits.reservation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "reservation")
class Reservation {

    enum Status { PENDING, CAPTURED, RELEASED, EXPIRED }

    @Id
    private UUID generationId;
    private long userId;
    private int amount;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant expiresAt;
    private Instant createdAt;
    private Instant settledAt;

    protected Reservation() {
    }

    Reservation(UUID generationId, long userId, int amount, Instant expiresAt, Instant createdAt) {
        this.generationId = generationId;
        this.userId = userId;
        this.amount = amount;
        this.status = Status.PENDING;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
    }

    UUID generationId() {
        return generationId;
    }

    long userId() {
        return userId;
    }

    int amount() {
        return amount;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    boolean isPending() {
        return status == Status.PENDING;
    }

    void settle(Status terminal, Instant at) {
        if (!isPending()) {
            throw new IllegalStateException("reservation " + generationId + " is already " + status);
        }
        status = terminal;
        settledAt = at;
    }
}
