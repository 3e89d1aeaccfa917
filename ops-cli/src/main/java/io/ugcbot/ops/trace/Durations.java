package io.ugcbot.ops.trace;

import java.time.Duration;

/** Durations the way a person reads them: {@code 850 ms}, {@code 4.2 s}, {@code 12 min}, {@code 3 h}. */
final class Durations {

    private Durations() {
    }

    static String words(Duration duration) {
        long millis = Math.max(0, duration.toMillis());
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        if (millis < 3_600_000) {
            return millis / 60_000 + " min";
        }
        return millis / 3_600_000 + " h";
    }
}
