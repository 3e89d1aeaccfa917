package io.ugcbot.events.tts;

import java.util.UUID;

/** Speak {@code text} with a catalog voice; {@code language} is an ISO 639-1 code such as {@code ru} or {@code en}. */
public record SynthesizeSpeech(UUID requestId, long userId, String voiceId, String text, String language)
        implements TtsCommand {

    @Override
    public String subject() {
        return requestId.toString();
    }
}
