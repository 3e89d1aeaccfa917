package io.ugcbot.events.video;

import io.ugcbot.events.Failure;

import java.util.UUID;

/**
 * The render failed for good. {@code failure} is what the gateway words for the user, in their language; {@code reason} is
 * plain English for logs and operators. Messages from before failure codes read with an unknown failure.
 */
public record VideoFailed(UUID generationId, long userId, String reason, Failure failure) implements VideoEvent {

    public VideoFailed {
        failure = failure == null ? Failure.unknown() : failure;
    }

    public VideoFailed(UUID generationId, long userId, Failure failure) {
        this(generationId, userId, failure.describe(), failure);
    }

    @Override
    public String subject() {
        return generationId.toString();
    }
}
