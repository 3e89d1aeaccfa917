package io.ugcbot.events.tts;

import io.ugcbot.events.AssetRef;
import io.ugcbot.events.WordTiming;

import java.util.List;
import java.util.UUID;

/** The speech, its measured duration and when each word is spoken. */
public record SpeechSynthesized(UUID requestId, long userId, AssetRef audio, long durationMs,
                                List<WordTiming> wordTimings) implements TtsEvent {

    @Override
    public String subject() {
        return requestId.toString();
    }
}
