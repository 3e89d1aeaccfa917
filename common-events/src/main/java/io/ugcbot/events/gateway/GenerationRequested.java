package io.ugcbot.events.gateway;

import io.ugcbot.events.AssetRef;
import io.ugcbot.events.WordTiming;

import java.util.List;
import java.util.UUID;

/**
 * The user confirmed the speech: make the video. Credits reserves {@code cost}; video-service renders once the
 * reservation exists.
 *
 * @param background  the user's clip, only for {@link VideoFormat#BACKGROUND_OVERLAY}; null otherwise
 * @param orientation the talking head's frame (older senders omit it: portrait)
 */
public record GenerationRequested(UUID generationId, long userId, VideoFormat format, String characterId,
                                  AssetRef character, AssetRef audio, long audioDurationMs, AssetRef background,
                                  String script, List<WordTiming> wordTimings, int cost, Orientation orientation)
        implements GatewayEvent {

    public GenerationRequested {
        orientation = orientation == null ? Orientation.PORTRAIT : orientation;
    }

    @Override
    public String subject() {
        return generationId.toString();
    }
}
