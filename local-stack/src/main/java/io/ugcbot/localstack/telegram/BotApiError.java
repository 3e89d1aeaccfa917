package io.ugcbot.localstack.telegram;

/** An error the way the Bot API reports it: {@code {"ok":false,"error_code":...,"description":...}}. */
final class BotApiError extends RuntimeException {

    final int code;
    final Integer retryAfter;

    BotApiError(int code, String description) {
        this(code, description, null);
    }

    BotApiError(int code, String description, Integer retryAfter) {
        super(description);
        this.code = code;
        this.retryAfter = retryAfter;
    }

    static BotApiError badRequest(String what) {
        return new BotApiError(400, "Bad Request: " + what);
    }
}
