package io.ugcbot.kit.media;

/** A media tool failed; the message is for operators' logs, not for users. */
public class MediaToolException extends RuntimeException {

    public MediaToolException(String message, Throwable cause) {
        super(message, cause);
    }
}
