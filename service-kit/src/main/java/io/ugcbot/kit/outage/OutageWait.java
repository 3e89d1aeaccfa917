package io.ugcbot.kit.outage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Runs a step again, with a doubling pause (200 ms up to 10 s), for as long as it fails because a dependency is away
 * ({@link DependencyFailures#isOutage}); any other failure is thrown at once. For steps whose result must not be lost
 * when the database blinks: recording a finished render, a handled update. The calling thread waits; that is the point.
 */
public final class OutageWait {

    private static final Logger log = LoggerFactory.getLogger(OutageWait.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    private OutageWait() {
    }

    public static void run(String what, Runnable step) {
        get(what, () -> {
            step.run();
            return null;
        });
    }

    public static <T> T get(String what, Supplier<T> step) {
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; ; attempt++) {
            try {
                return step.get();
            } catch (RuntimeException e) {
                if (!DependencyFailures.isOutage(e)) {
                    throw e;
                }
                log.warn("{}: a dependency is away (attempt {}), trying again in {}: {}", what, attempt, pause,
                        e.toString());
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /** A pause that ends early, with the interrupt kept, when the service is stopping. */
    public static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting out an outage", e);
        }
    }
}
