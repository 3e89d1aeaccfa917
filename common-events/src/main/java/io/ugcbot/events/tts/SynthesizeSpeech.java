package io.ugcbot.events.tts;

import java.util.UUID;

/**
 * Speak {@code text} with a catalog voice; {@code language} is an ISO 639-1 code such as {@code ru} or {@code en}.
 *
 * @param pacePercent the voice's pace in percent of its normal pace (0, from older senders, means 100)
 */
public record SynthesizeSpeech(UUID requestId, long userId, String voiceId, String text, String language,
                               int pacePercent) implements TtsCommand {

    public SynthesizeSpeech {
        pacePercent = pacePercent <= 0 ? 100 : pacePercent;
    }

    @Override
    public String subject() {
        return requestId.toString();
    }
}
