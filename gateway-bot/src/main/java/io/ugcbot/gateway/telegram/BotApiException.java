package io.ugcbot.gateway.telegram;

import java.time.Duration;
import java.util.Optional;

/** A Bot API call that failed; says whether trying again can help and how long Telegram asked us to wait. */
public class BotApiException extends Exception {

    private final boolean permanent;
    private final Duration retryAfter;
    private final Integer errorCode;

    BotApiException(String message, boolean permanent, Duration retryAfter, Integer errorCode) {
        super(message);
        this.permanent = permanent;
        this.retryAfter = retryAfter;
        this.errorCode = errorCode;
    }

    /** The user blocked the bot or left the chat: nothing can reach them, not even word of the failure. */
    public boolean isChatClosed() {
        return errorCode != null && errorCode == 403;
    }

    /**
     * Telegram does not know a file id it was given: ids belong to one bot, so a new token or another bot's cache
     * makes them all unknown. The file itself is still ours to upload.
     */
    public boolean refusesFileId() {
        String message = String.valueOf(getMessage()).toLowerCase(java.util.Locale.ROOT);
        return permanent && (message.contains("file identifier") || message.contains("remote file")
                || message.contains("file reference") || message.contains("file_id"));
    }

    /** Telegram refused the request itself (bad request, blocked by the user): sending it again would fail again. */
    public boolean isPermanent() {
        return permanent;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
