package io.ugcbot.video.render;

import io.ugcbot.events.Failure;

/**
 * A render that will not succeed if tried again (the provider refused the input, the key or the balance): the job
 * fails at once, and {@code failure} is what the user is told.
 */
public class RenderRefusedException extends RuntimeException {

    private final transient Failure failure;

    public RenderRefusedException(String message, Failure failure) {
        super(message);
        this.failure = failure;
    }

    public Failure failure() {
        return failure;
    }
}
