package io.ugcbot.events.video;

import io.ugcbot.events.AssetRef;

import java.util.UUID;

/** The finished MP4 is in storage. */
public record VideoReady(UUID generationId, long userId, AssetRef video, long durationMs) implements VideoEvent {

    @Override
    public String subject() {
        return generationId.toString();
    }
}
