package io.ugcbot.events.video;

import java.util.UUID;

/** A render moved on; {@code queuePosition} is meaningful only while {@link VideoStage#QUEUED}. */
public record VideoProgress(UUID generationId, long userId, VideoStage stage, int percent, int queuePosition)
        implements VideoEvent {

    @Override
    public String subject() {
        return generationId.toString();
    }
}
