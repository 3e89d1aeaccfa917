package io.ugcbot.kit.messaging;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * W3C {@code traceparent} of the message being handled on this thread, so every message it causes continues the same
 * trace: one generation can be followed across every topic by its trace id.
 */
public final class TraceContext {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private static final HexFormat HEX = HexFormat.of();

    private TraceContext() {
    }

    public static void set(String traceparent) {
        CURRENT.set(traceparent);
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** A new span in the current trace, or the root of a new trace when nothing is being handled. */
    public static String childOfCurrent() {
        return childOf(CURRENT.get());
    }

    /** A new span in the given trace, or the root of a new trace when there is none. */
    public static String childOf(String parent) {
        String traceId = parent != null && parent.length() == 55 ? parent.substring(3, 35) : randomHex(16);
        return "00-" + traceId + "-" + randomHex(8) + "-01";
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HEX.formatHex(random);
    }
}
