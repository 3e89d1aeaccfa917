package io.ugcbot.tts.speech;

import io.ugcbot.events.Failure;

/** A speech provider refused or failed; {@code failure} is what the user is told, the message what the log says. */
public class SpeechProviderException extends RuntimeException {

    private final transient Failure failure;

    public SpeechProviderException(String message, Failure failure) {
        super(message);
        this.failure = failure;
    }

    public Failure failure() {
        return failure;
    }
}
