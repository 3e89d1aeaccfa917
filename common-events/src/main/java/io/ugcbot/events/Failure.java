package io.ugcbot.events;

import java.util.Arrays;
import java.util.List;

/**
 * Why a request failed: a {@link FailureCode} and the figures its words need (a clip's length and the limit, say).
 * Failure events carry it next to their English {@code reason}, so the gateway words it in the user's language.
 */
public record Failure(FailureCode code, List<Double> figures) {

    public Failure {
        code = code == null ? FailureCode.UNKNOWN : code;
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    public static Failure of(FailureCode code, double... figures) {
        return new Failure(code, Arrays.stream(figures).boxed().toList());
    }

    /** The failure of a message from before codes: only its English reason is known. */
    public static Failure unknown() {
        return of(FailureCode.UNKNOWN);
    }

    public String describe() {
        return code.describe(figures);
    }
}
