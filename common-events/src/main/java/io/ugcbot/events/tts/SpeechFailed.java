package io.ugcbot.events.tts;

import java.util.UUID;

/** Synthesis did not work; {@code reason} is safe to show the user. */
public record SpeechFailed(UUID requestId, long userId, String reason) implements TtsEvent {

    @Override
    public String subject() {
        return requestId.toString();
    }
}
