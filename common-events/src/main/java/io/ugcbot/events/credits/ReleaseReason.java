package io.ugcbot.events.credits;

/** Why a reservation was given back. */
public enum ReleaseReason {
    FAILED,
    EXPIRED,
    CANCELLED
}
