package io.ugcbot.events.tts;

import java.util.UUID;

/** The script was synthesized but is longer than a video may be: {@code durationMs} against {@code limitMs}. */
public record SpeechRejected(UUID requestId, long userId, boolean tooLong, long durationMs, long limitMs)
        implements TtsEvent {

    @Override
    public String subject() {
        return requestId.toString();
    }
}
