package io.ugcbot.localstack.support;

import io.ugcbot.embedded.ServerChoice;
import io.ugcbot.localstack.LocalStack;

import java.nio.file.Path;
import java.util.Map;

/**
 * One stack for every end-to-end test in the JVM (starting it takes seconds, not something to repeat per class).
 * Closed by {@link StackClosingListener} when the test plan ends, not by a shutdown hook: a broker's temp directory
 * deleted under it by a racing hook makes it hang.
 */
public final class SharedStack {

    /** A script containing this makes video-service fail the render (fault injection). */
    public static final String FAIL_RENDER_MARKER = "FAILRENDER";
    /** A script containing this makes the render 15 s slower (fault injection: a long provider render). */
    public static final String SLOW_RENDER_MARKER = "SLOWRENDER";

    /**
     * The hourly limit of paid calls per user (MAX_TASKS_PER_USER_PER_HOUR, 20 by default): low, so UsageLimitsIT
     * reaches it quickly, and still above what any other test's user needs.
     */
    public static final int PAID_CALLS_PER_HOUR = 8;

    /** The Telegram id the stack treats as an admin (ADMIN_IDS). */
    public static final long ADMIN_ID = 4_200_000_001L;

    private static LocalStack stack;

    private SharedStack() {
    }

    public static synchronized LocalStack get() {
        if (stack == null) {
            try {
                stack = LocalStack.start(new LocalStack.Settings(Path.of("target", "local-stack-it"), 0, 0, 0, null,
                        null, Map.of(), Map.of(), Map.ofEntries(
                        Map.entry("ugc.kafka.partitions", "3"),
                        Map.entry("ugc.outbox.poll-interval", "100ms"),
                        Map.entry("video.fail-script-marker", FAIL_RENDER_MARKER),
                        Map.entry("video.slow-script-marker", SLOW_RENDER_MARKER),
                        Map.entry("gateway.admin-ids", Long.toString(ADMIN_ID)),
                        // the daily statistics are sent by the test itself, never by the clock mid-run
                        Map.entry("gateway.daily-stats-cron", "-"),
                        // ChatRecoveryIT sees an overdue chat moved on within a second, not thirty
                        Map.entry("gateway.busy-sweep-interval", "1s"),
                        Map.entry("gateway.max-paid-calls-per-hour", Integer.toString(PAID_CALLS_PER_HOUR)),
                        // a landscape video costs 3, the high-cost threshold: PaidVideoIT confirms it twice
                        Map.entry("gateway.prices.landscape", "3"),
                        Map.entry("gateway.prices.high-cost-threshold", "3"),
                        Map.entry("video.max-attempts", "1"),
                        Map.entry("video.render.width", "360"),
                        Map.entry("video.render.height", "640")),
                        // PostgreSQL and S3 behind proxies DependencyOutageIT cuts (a relay on loopback costs little)
                        true, ServerChoice.forTests()));
            } catch (Exception e) {
                throw new IllegalStateException("The local stack did not start", e);
            }
        }
        return stack;
    }

    static synchronized void close() throws Exception {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }
}
