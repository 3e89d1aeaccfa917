package io.ugcbot.credits.reservation;

import io.ugcbot.events.credits.ReleaseReason;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Releases reservations nobody settled in time, so a lost video never keeps a user's credits. */
@Component
class ReservationExpiry {

    private final ReservationRepository reservations;
    private final Reservations settlement;
    private final Clock clock;

    ReservationExpiry(ReservationRepository reservations, Reservations settlement, Clock clock) {
        this.reservations = reservations;
        this.settlement = settlement;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${credits.expiry-check-interval}")
    void releaseExpired() {
        // each in its own transaction; one that was settled meanwhile is skipped by the row lock
        reservations.findExpired(clock.instant())
                .forEach(generationId -> settlement.release(generationId, ReleaseReason.EXPIRED));
    }
}
