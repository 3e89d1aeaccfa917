package io.ugcbot.events.gateway;

import io.ugcbot.events.AssetRef;
import io.ugcbot.events.WordTiming;

import java.util.List;
import java.util.UUID;

/**
 * The user confirmed the speech: make the video. Credits reserves {@code cost}; video-service renders once the
 * reservation exists.
 *
 * @param background the user's clip, only for {@link VideoFormat#BACKGROUND_OVERLAY}; null otherwise
 */
public record GenerationRequested(UUID generationId, long userId, VideoFormat format, String characterId,
                                  AssetRef character, AssetRef audio, long audioDurationMs, AssetRef background,
                                  String script, List<WordTiming> wordTimings, int cost) implements GatewayEvent {

    @Override
    public String subject() {
        return generationId.toString();
    }
}
