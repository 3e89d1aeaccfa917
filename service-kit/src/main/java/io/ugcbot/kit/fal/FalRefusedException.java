package io.ugcbot.kit.fal;

import io.ugcbot.events.Failure;
import io.ugcbot.events.FailureCode;

/**
 * fal will not deliver this result and retrying the same call cannot help. {@link #failure()} is what the user is
 * told (the same for every fal model); {@code detail} is fal's own reason, for the log.
 */
public class FalRefusedException extends RuntimeException {

    public enum Kind {
        /** fal answered 4xx (other than 429): key, balance, input. */
        REFUSED,
        /** The request ran and ended in an error. */
        FAILED,
        /** The request did not finish in the time allowed. */
        TIMED_OUT,
        /** fal knows no such endpoint (404 or 410 on submit): the model id is wrong or the model was retired. */
        MODEL_UNAVAILABLE
    }

    private final Kind kind;
    private final int status;
    private final String detail;
    private final String errorType;

    public FalRefusedException(Kind kind, int status, String detail) {
        this(kind, status, detail, null);
    }

    public FalRefusedException(Kind kind, int status, String detail, String errorType) {
        super("fal " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (status > 0 ? " with " + status : "") + ": " + detail
                + (errorType != null ? " (" + errorType + ")" : ""));
        this.kind = kind;
        this.status = status;
        this.detail = detail;
        this.errorType = errorType;
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

    public Failure failure() {
        FailureCode code = switch (kind) {
            case TIMED_OUT -> FailureCode.PROVIDER_TIMED_OUT;
            case MODEL_UNAVAILABLE -> FailureCode.MODEL_UNAVAILABLE;
            case FAILED -> "content_policy_violation".equals(errorType)
                    ? FailureCode.CONTENT_DECLINED : FailureCode.PROVIDER_FAILED;
            case REFUSED -> switch (status) {
                case 401, 402, 403 -> FailureCode.PROVIDER_ACCOUNT;
                case 400, 422 -> FailureCode.INPUT_REFUSED;
                default -> FailureCode.PROVIDER_FAILED;
            };
        };
        return Failure.of(code);
    }
}
