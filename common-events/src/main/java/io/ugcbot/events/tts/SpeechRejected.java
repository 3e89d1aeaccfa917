package io.ugcbot.events.tts;

import java.util.UUID;

/**
 * The script was synthesized but is longer than a video may be: {@code durationMs} against {@code limitMs}.
 *
 * @param fittingPacePercent the pace (percent of the voice's normal pace) at which the same text would fit
 */
public record SpeechRejected(UUID requestId, long userId, boolean tooLong, long durationMs, long limitMs,
                             int fittingPacePercent) implements TtsEvent {

    @Override
    public String subject() {
        return requestId.toString();
    }
}
