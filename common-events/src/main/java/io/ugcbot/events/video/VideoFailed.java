package io.ugcbot.events.video;

import java.util.UUID;

/** The render failed for good; {@code reason} is safe to show the user. */
public record VideoFailed(UUID generationId, long userId, String reason) implements VideoEvent {

    @Override
    public String subject() {
        return generationId.toString();
    }
}
