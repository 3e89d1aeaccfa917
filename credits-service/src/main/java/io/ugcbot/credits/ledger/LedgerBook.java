package io.ugcbot.credits.ledger;

import io.ugcbot.events.credits.CreditsCaptured;
import io.ugcbot.events.credits.CreditsGranted;
import io.ugcbot.events.credits.CreditsOperationRefused;
import io.ugcbot.events.credits.CreditsRejected;
import io.ugcbot.events.credits.CreditsReleased;
import io.ugcbot.events.credits.CreditsReserved;
import io.ugcbot.events.credits.CreditsRevoked;
import io.ugcbot.events.credits.ReleaseReason;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The part of the ledger one batch touches, and the rules that change it. Operations apply in order, in memory; the
 * store then writes what changed in one go. Not thread-safe: one book per transaction.
 */
public final class LedgerBook {

    private final Map<Long, Account> accounts = new LinkedHashMap<>();
    private final Map<UUID, GrantRecord> grants = new LinkedHashMap<>();
    private final Map<UUID, Reservation> reservations = new LinkedHashMap<>();
    private final List<GrantRecord> newGrants = new ArrayList<>();
    private final Map<UUID, Revocation> revocations = new LinkedHashMap<>();
    private final List<Revocation> newRevocations = new ArrayList<>();
    private final List<Entry> entries = new ArrayList<>();
    private final Duration reservationTimeout;

    public LedgerBook(Collection<Account> accounts, Collection<GrantRecord> grants, Collection<Revocation> revocations,
                      Collection<Reservation> reservations, Duration reservationTimeout) {
        accounts.forEach(account -> this.accounts.put(account.userId(), account));
        grants.forEach(grant -> this.grants.put(grant.grantId(), grant));
        revocations.forEach(revocation -> this.revocations.put(revocation.grantId(), revocation));
        reservations.forEach(reservation -> this.reservations.put(reservation.generationId(), reservation));
        this.reservationTimeout = reservationTimeout;
    }

    public Outcome apply(Operation operation, Instant now) {
        return switch (operation) {
            case Operation.Grant grant -> grant(grant, now);
            case Operation.Revoke revoke -> revoke(revoke, now);
            case Operation.Reserve reserve -> reserve(reserve, now);
            case Operation.Capture capture -> capture(capture, now);
            case Operation.Release release -> release(release, now);
        };
    }

    private Outcome grant(Operation.Grant op, Instant now) {
        GrantRecord earlier = grants.get(op.grantId());
        if (earlier != null) {
            boolean same = earlier.userId() == op.userId() && earlier.amount() == op.amount()
                    && earlier.kind() == op.kind();
            return same ? Outcome.duplicate() : refused(op, "grant", "grant " + op.grantId()
                    + " was already applied with other parameters (" + earlier.amount() + " to user "
                    + earlier.userId() + ")");
        }
        if (op.amount() <= 0) {
            return refused(op, "grant", "a grant must be positive, not " + op.amount());
        }
        Account account = account(op.userId());
        account.grant(op.amount());
        GrantRecord grant = new GrantRecord(op.grantId(), op.userId(), op.amount(), op.kind(), op.actor(), now);
        grants.put(grant.grantId(), grant);
        newGrants.add(grant);
        entries.add(new Entry(op.userId(), op.amount(), Entry.Kind.GRANT, op.grantId(), op.actor(), now));
        return Outcome.applied(new CreditsGranted(op.grantId(), op.userId(), op.amount(), op.kind(),
                account.available()));
    }

    /**
     * Takes back what the user still has of a grant: credits already spent (or held for a video in the works) stay
     * spent, so the balance never goes below zero and a video being made is not starved of its reservation.
     */
    private Outcome revoke(Operation.Revoke op, Instant now) {
        GrantRecord grant = grants.get(op.grantId());
        if (grant == null || grant.userId() != op.userId()) {
            return refused(op, "revoke", "there is no grant " + op.grantId() + " to user " + op.userId());
        }
        if (revocations.containsKey(op.grantId())) {
            return Outcome.duplicate();
        }
        Account account = account(op.userId());
        int taken = (int) Math.min(grant.amount(), account.available());
        account.revoke(taken);
        Revocation revocation = new Revocation(op.grantId(), op.userId(), taken, op.actor(), now);
        revocations.put(op.grantId(), revocation);
        newRevocations.add(revocation);
        entries.add(new Entry(op.userId(), -taken, Entry.Kind.REVOKE, op.grantId(), op.actor(), now));
        return Outcome.applied(new CreditsRevoked(op.grantId(), op.userId(), taken, account.available()));
    }

    private Outcome reserve(Operation.Reserve op, Instant now) {
        Reservation earlier = reservations.get(op.generationId());
        if (earlier != null) {
            boolean same = earlier.userId() == op.userId() && earlier.amount() == op.amount();
            return same ? Outcome.duplicate() : refused(op, "reserve", "generation " + op.generationId()
                    + " already has a reservation of " + earlier.amount() + " for user " + earlier.userId());
        }
        if (op.amount() <= 0) {
            return refused(op, "reserve", "a reservation must be positive, not " + op.amount());
        }
        Account account = account(op.userId());
        Instant expiresAt = now.plus(reservationTimeout);
        if (account.available() < op.amount()) {
            reservations.put(op.generationId(), Reservation.open(op.generationId(), op.userId(), op.amount(),
                    Reservation.Status.REJECTED, now, expiresAt));
            return Outcome.rejected(new CreditsRejected(op.generationId(), op.userId(), account.available(),
                    op.amount()));
        }
        account.hold(op.amount());
        reservations.put(op.generationId(), Reservation.open(op.generationId(), op.userId(), op.amount(),
                Reservation.Status.PENDING, now, expiresAt));
        entries.add(new Entry(op.userId(), -op.amount(), Entry.Kind.RESERVE, op.generationId(), "system", now));
        return Outcome.applied(new CreditsReserved(op.generationId(), op.userId(), op.amount(), account.available(),
                expiresAt));
    }

    private Outcome capture(Operation.Capture op, Instant now) {
        Reservation reservation = reservations.get(op.generationId());
        if (reservation == null) {
            return refused(op, "capture", "there is no reservation for generation " + op.generationId());
        }
        int amount = op.amount() == null ? reservation.amount() : op.amount();
        if (reservation.status() == Reservation.Status.CAPTURED) {
            boolean same = op.amount() == null || reservation.capturedAmount() == amount;
            return same ? Outcome.duplicate() : refused(op, "capture", "the reservation was already captured ("
                    + reservation.capturedAmount() + ")");
        }
        if (reservation.status() != Reservation.Status.PENDING) {
            return refused(op, "capture", "the reservation was already " + reservation.status().name().toLowerCase());
        }
        if (amount <= 0 || amount > reservation.amount()) {
            return refused(op, "capture", "a capture must be between 1 and the reserved " + reservation.amount()
                    + ", not " + amount);
        }
        Account account = account(reservation.userId());
        account.settle(reservation.amount(), amount);
        reservation.settle(Reservation.Status.CAPTURED, amount, now);
        entries.add(new Entry(reservation.userId(), reservation.amount() - amount, Entry.Kind.CAPTURE,
                op.generationId(), "system", now));
        return Outcome.applied(new CreditsCaptured(op.generationId(), reservation.userId(), amount,
                account.available()));
    }

    private Outcome release(Operation.Release op, Instant now) {
        Reservation reservation = reservations.get(op.generationId());
        if (reservation == null) {
            return refused(op, "release", "there is no reservation for generation " + op.generationId());
        }
        Reservation.Status terminal = op.reason() == ReleaseReason.EXPIRED
                ? Reservation.Status.EXPIRED : Reservation.Status.RELEASED;
        if (reservation.status() == terminal) {
            return Outcome.duplicate();
        }
        if (reservation.status() != Reservation.Status.PENDING) {
            return refused(op, "release", "the reservation was already " + reservation.status().name().toLowerCase());
        }
        Account account = account(reservation.userId());
        account.settle(reservation.amount(), 0);
        reservation.settle(terminal, 0, now);
        entries.add(new Entry(reservation.userId(), reservation.amount(),
                terminal == Reservation.Status.EXPIRED ? Entry.Kind.EXPIRE : Entry.Kind.RELEASE, op.generationId(),
                "system", now));
        return Outcome.applied(new CreditsReleased(op.generationId(), reservation.userId(), reservation.amount(),
                account.available(), op.reason()));
    }

    private Outcome refused(Operation op, String operation, String reason) {
        return Outcome.refused(new CreditsOperationRefused(op.referenceId(), op.userId(), operation, reason));
    }

    /** Accounts are created on first touch: a user the ledger has never seen has nothing. */
    private Account account(long userId) {
        return accounts.computeIfAbsent(userId, id -> new Account(id, 0, 0, 0));
    }

    public Collection<Account> accounts() {
        return accounts.values();
    }

    public Collection<Reservation> reservations() {
        return reservations.values();
    }

    public List<GrantRecord> newGrants() {
        return newGrants;
    }

    public List<Revocation> newRevocations() {
        return newRevocations;
    }

    public List<Entry> entries() {
        return entries;
    }
}
