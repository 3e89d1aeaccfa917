package io.ugcbot.edit.editing;

import io.ugcbot.events.Failure;

/** The provider will not make this edit (content policy, quota, key); {@code failure} is what the user is told. */
public class EditRefusedException extends RuntimeException {

    private final transient Failure failure;

    public EditRefusedException(String message, Failure failure) {
        super(message);
        this.failure = failure;
    }

    public Failure failure() {
        return failure;
    }
}
