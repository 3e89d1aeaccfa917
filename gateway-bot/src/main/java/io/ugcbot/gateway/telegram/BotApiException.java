package io.ugcbot.gateway.telegram;

import java.time.Duration;
import java.util.Optional;

/** A Bot API call that failed; says whether trying again can help and how long Telegram asked us to wait. */
public class BotApiException extends Exception {

    private final boolean permanent;
    private final Duration retryAfter;

    BotApiException(String message, boolean permanent, Duration retryAfter) {
        super(message);
        this.permanent = permanent;
        this.retryAfter = retryAfter;
    }

    /** Telegram refused the request itself (bad request, blocked by the user): sending it again would fail again. */
    public boolean isPermanent() {
        return permanent;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
