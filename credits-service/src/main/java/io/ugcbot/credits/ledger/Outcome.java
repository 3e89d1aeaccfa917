package io.ugcbot.credits.ledger;

import io.ugcbot.events.credits.CreditsEvent;

import java.util.List;

/**
 * What an operation did. A duplicate (same id, same parameters) changes nothing and emits nothing; a refusal changes
 * nothing and emits why.
 */
public record Outcome(Result result, List<CreditsEvent> events) {

    public enum Result { APPLIED, REJECTED, DUPLICATE, REFUSED }

    static Outcome applied(CreditsEvent event) {
        return new Outcome(Result.APPLIED, List.of(event));
    }

    static Outcome rejected(CreditsEvent event) {
        return new Outcome(Result.REJECTED, List.of(event));
    }

    static Outcome refused(CreditsEvent event) {
        return new Outcome(Result.REFUSED, List.of(event));
    }

    static Outcome duplicate() {
        return new Outcome(Result.DUPLICATE, List.of());
    }
}
