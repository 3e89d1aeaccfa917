package io.ugcbot.events.credits;

import io.ugcbot.events.Message;

/** What the ledger did, on {@code credits.events}. Every balance is the user's available balance after the change. */
public sealed interface CreditsEvent extends Message
        permits CreditsGranted, CreditsReserved, CreditsRejected, CreditsCaptured, CreditsReleased,
        CreditsRevoked, CreditsOperationRefused {
}
