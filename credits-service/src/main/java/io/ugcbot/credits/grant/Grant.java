package io.ugcbot.credits.grant;

import io.ugcbot.events.credits.GrantKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A grant applied once; its id is what makes the same grant arriving twice harmless. */
@Entity
@Table(name = "credit_grant")
class Grant {

    @Id
    private UUID grantId;
    private long userId;
    private int amount;
    @Enumerated(EnumType.STRING)
    private GrantKind kind;
    private Long adminId;
    private Instant createdAt;

    protected Grant() {
    }

    Grant(UUID grantId, long userId, int amount, GrantKind kind, Long adminId, Instant createdAt) {
        this.grantId = grantId;
        this.userId = userId;
        this.amount = amount;
        this.kind = kind;
        this.adminId = adminId;
        this.createdAt = createdAt;
    }
}
