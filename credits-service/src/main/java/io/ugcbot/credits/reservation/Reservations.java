package io.ugcbot.credits.reservation;

import io.ugcbot.credits.CreditsProperties;
import io.ugcbot.credits.account.Account;
import io.ugcbot.credits.account.Accounts;
import io.ugcbot.credits.account.LedgerEntry;
import io.ugcbot.events.credits.CreditsCaptured;
import io.ugcbot.events.credits.CreditsRejected;
import io.ugcbot.events.credits.CreditsReleased;
import io.ugcbot.events.credits.CreditsReserved;
import io.ugcbot.events.credits.ReleaseReason;
import io.ugcbot.events.gateway.GenerationRequested;
import io.ugcbot.kit.outbox.OutboxWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Service
public class Reservations {

    private static final Logger log = LoggerFactory.getLogger(Reservations.class);

    private final ReservationRepository reservations;
    private final Accounts accounts;
    private final OutboxWriter outbox;
    private final CreditsProperties properties;
    private final Clock clock;

    Reservations(ReservationRepository reservations, Accounts accounts, OutboxWriter outbox,
                 CreditsProperties properties, Clock clock) {
        this.reservations = reservations;
        this.accounts = accounts;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public void reserve(GenerationRequested request) {
        if (reservations.existsById(request.generationId())) {
            return;
        }
        Account account = accounts.lock(request.userId());
        if (!account.canReserve(request.cost())) {
            outbox.append(new CreditsRejected(request.generationId(), request.userId(), account.available(),
                    request.cost()));
            return;
        }
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.reservationTimeout());
        account.reserve(request.cost());
        reservations.save(new Reservation(request.generationId(), request.userId(), request.cost(), expiresAt, now));
        accounts.record(request.userId(), -request.cost(), LedgerEntry.Kind.RESERVE, request.generationId(), "system");
        outbox.append(new CreditsReserved(request.generationId(), request.userId(), request.cost(),
                account.available(), expiresAt));
    }

    @Transactional
    public void capture(UUID generationId) {
        pending(generationId).ifPresent(reservation -> {
            Account account = accounts.lock(reservation.userId());
            reservation.settle(Reservation.Status.CAPTURED, clock.instant());
            account.capture(reservation.amount());
            accounts.record(reservation.userId(), 0, LedgerEntry.Kind.CAPTURE, generationId, "system");
            outbox.append(new CreditsCaptured(generationId, reservation.userId(), reservation.amount(),
                    account.available()));
        });
    }

    @Transactional
    public void release(UUID generationId, ReleaseReason reason) {
        pending(generationId).ifPresent(reservation -> {
            Account account = accounts.lock(reservation.userId());
            Reservation.Status terminal = reason == ReleaseReason.EXPIRED
                    ? Reservation.Status.EXPIRED : Reservation.Status.RELEASED;
            reservation.settle(terminal, clock.instant());
            account.release(reservation.amount());
            accounts.record(reservation.userId(), reservation.amount(),
                    reason == ReleaseReason.EXPIRED ? LedgerEntry.Kind.EXPIRE : LedgerEntry.Kind.RELEASE,
                    generationId, "system");
            outbox.append(new CreditsReleased(generationId, reservation.userId(), reservation.amount(),
                    account.available(), reason));
        });
    }

    /**
     * The reservation, row-locked, if it is still pending: a capture racing an expiry serialises on this lock and the
     * loser finds it settled. Lock order is always reservation, then account.
     */
    private Optional<Reservation> pending(UUID generationId) {
        Optional<Reservation> found = reservations.lockById(generationId);
        if (found.isEmpty()) {
            log.warn("No reservation for generation {}", generationId);
        }
        return found.filter(Reservation::isPending);
    }
}
