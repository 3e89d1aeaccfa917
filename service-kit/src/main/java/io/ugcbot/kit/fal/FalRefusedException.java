package io.ugcbot.kit.fal;

/**
 * fal will not deliver this result and retrying the same call cannot help. Each service turns {@link #kind()} and
 * {@link #status()} into words for its users; {@code detail} is fal's own reason, for the log.
 */
public class FalRefusedException extends RuntimeException {

    public enum Kind {
        /** fal answered 4xx (other than 429): key, balance, input. */
        REFUSED,
        /** The request ran and ended in an error. */
        FAILED,
        /** The request did not finish in the time allowed. */
        TIMED_OUT
    }

    private final Kind kind;
    private final int status;
    private final String detail;

    public FalRefusedException(Kind kind, int status, String detail) {
        super("fal " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (status > 0 ? " with " + status : "") + ": " + detail);
        this.kind = kind;
        this.status = status;
        this.detail = detail;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status of a refusal; 0 otherwise. */
    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }
}
