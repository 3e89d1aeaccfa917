package io.ugcbot.events.edit;

import io.ugcbot.events.Failure;

import java.util.UUID;

/**
 * The edit could not be made. {@code failure} is what the gateway words for the user, in their language; {@code reason} is
 * plain English for logs and operators. Messages from before failure codes read with an unknown failure.
 */
public record ImageEditFailed(UUID requestId, long userId, String reason, Failure failure) implements EditEvent {

    public ImageEditFailed {
        failure = failure == null ? Failure.unknown() : failure;
    }

    public ImageEditFailed(UUID requestId, long userId, Failure failure) {
        this(requestId, userId, failure.describe(), failure);
    }

    @Override
    public String subject() {
        return requestId.toString();
    }
}
