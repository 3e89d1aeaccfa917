package io.ugcbot.kit.messaging;

/**
 * A record that can never be processed, however often it is delivered: it cannot be decoded, or it breaks its
 * contract. Only these go to a dead-letter topic; every other failure is retried until the dependency behind it is
 * back, because a record dead-lettered for a passing outage is a record lost.
 */
public class UnprocessableRecordException extends RuntimeException {

    public UnprocessableRecordException(String message, Throwable cause) {
        super(message, cause);
    }

    public UnprocessableRecordException(String message) {
        super(message);
    }
}
