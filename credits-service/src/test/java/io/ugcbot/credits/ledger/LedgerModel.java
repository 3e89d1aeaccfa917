package io.ugcbot.credits.ledger;

import io.ugcbot.events.credits.GrantKind;
import io.ugcbot.events.credits.ReleaseReason;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The ledger's rules written as plainly as possible, to check the real one against: maps of numbers, no batching, no
 * database, no shared code.
 */
final class LedgerModel {

    static final class Balance {
        long granted;
        long pending;
        long captured;

        long available() {
            return granted - pending - captured;
        }
    }

    record GrantFact(long user, int amount, GrantKind kind) {
    }

    static final class ReservationFact {
        final long user;
        final int amount;
        String status;
        int captured;

        ReservationFact(long user, int amount, String status) {
            this.user = user;
            this.amount = amount;
            this.status = status;
        }
    }

    final Map<Long, Balance> balances = new HashMap<>();
    final Map<UUID, GrantFact> grants = new HashMap<>();
    final java.util.Set<UUID> revoked = new java.util.HashSet<>();
    final Map<UUID, ReservationFact> reservations = new HashMap<>();

    Balance balance(long user) {
        return balances.computeIfAbsent(user, u -> new Balance());
    }

    Outcome.Result apply(Operation operation) {
        return switch (operation) {
            case Operation.Grant g -> {
                GrantFact earlier = grants.get(g.grantId());
                if (earlier != null) {
                    yield earlier.equals(new GrantFact(g.userId(), g.amount(), g.kind()))
                            ? Outcome.Result.DUPLICATE : Outcome.Result.REFUSED;
                }
                grants.put(g.grantId(), new GrantFact(g.userId(), g.amount(), g.kind()));
                balance(g.userId()).granted += g.amount();
                yield Outcome.Result.APPLIED;
            }
            case Operation.Revoke v -> {
                GrantFact grant = grants.get(v.grantId());
                if (grant == null || grant.user() != v.userId()) {
                    yield Outcome.Result.REFUSED;
                }
                if (!revoked.add(v.grantId())) {
                    yield Outcome.Result.DUPLICATE;
                }
                Balance balance = balance(v.userId());
                balance.granted -= Math.min(grant.amount(), balance.available());
                yield Outcome.Result.APPLIED;
            }
            case Operation.Reserve r -> {
                ReservationFact earlier = reservations.get(r.generationId());
                if (earlier != null) {
                    yield earlier.user == r.userId() && earlier.amount == r.amount()
                            ? Outcome.Result.DUPLICATE : Outcome.Result.REFUSED;
                }
                Balance balance = balance(r.userId());
                if (balance.available() < r.amount()) {
                    reservations.put(r.generationId(), new ReservationFact(r.userId(), r.amount(), "REJECTED"));
                    yield Outcome.Result.REJECTED;
                }
                balance.pending += r.amount();
                reservations.put(r.generationId(), new ReservationFact(r.userId(), r.amount(), "PENDING"));
                yield Outcome.Result.APPLIED;
            }
            case Operation.Capture c -> {
                ReservationFact fact = reservations.get(c.generationId());
                if (fact == null) {
                    yield Outcome.Result.REFUSED;
                }
                int amount = c.amount() == null ? fact.amount : c.amount();
                if (fact.status.equals("CAPTURED")) {
                    yield c.amount() == null || fact.captured == amount
                            ? Outcome.Result.DUPLICATE : Outcome.Result.REFUSED;
                }
                if (!fact.status.equals("PENDING") || amount < 1 || amount > fact.amount) {
                    yield Outcome.Result.REFUSED;
                }
                Balance balance = balance(fact.user);
                balance.pending -= fact.amount;
                balance.captured += amount;
                fact.status = "CAPTURED";
                fact.captured = amount;
                yield Outcome.Result.APPLIED;
            }
            case Operation.Release r -> {
                ReservationFact fact = reservations.get(r.generationId());
                String terminal = r.reason() == ReleaseReason.EXPIRED ? "EXPIRED" : "RELEASED";
                if (fact == null) {
                    yield Outcome.Result.REFUSED;
                }
                if (fact.status.equals(terminal)) {
                    yield Outcome.Result.DUPLICATE;
                }
                if (!fact.status.equals("PENDING")) {
                    yield Outcome.Result.REFUSED;
                }
                balance(fact.user).pending -= fact.amount;
                fact.status = terminal;
                yield Outcome.Result.APPLIED;
            }
        };
    }
}
