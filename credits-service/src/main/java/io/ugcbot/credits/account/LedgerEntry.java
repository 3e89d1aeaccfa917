package io.ugcbot.credits.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** History: one row per change to a balance, with what caused it and who. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    public enum Kind { GRANT, RESERVE, CAPTURE, RELEASE, EXPIRE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long userId;
    private int delta;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private UUID referenceId;
    private String actor;
    private Instant createdAt;

    protected LedgerEntry() {
    }

    public LedgerEntry(long userId, int delta, Kind kind, UUID referenceId, String actor, Instant createdAt) {
        this.userId = userId;
        this.delta = delta;
        this.kind = kind;
        this.referenceId = referenceId;
        this.actor = actor;
        this.createdAt = createdAt;
    }
}
