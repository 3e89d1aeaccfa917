package io.ugcbot.credits.application;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Releases reservations nobody settled in time, so a lost video never keeps a user's credits. */
@Component
class ReservationExpiry {

    private final LedgerService ledger;

    ReservationExpiry(LedgerService ledger) {
        this.ledger = ledger;
    }

    @Scheduled(fixedDelayString = "${credits.expiry-check-interval}")
    void releaseExpired() {
        while (ledger.expireDue() > 0) {
            // a full sweep may take several batches
        }
    }
}
