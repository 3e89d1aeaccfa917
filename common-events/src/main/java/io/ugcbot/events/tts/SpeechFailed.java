package io.ugcbot.events.tts;

import io.ugcbot.events.Failure;

import java.util.UUID;

/**
 * Synthesis did not work. {@code failure} is what the gateway words for the user, in their language; {@code reason} is
 * plain English for logs and operators. Messages from before failure codes read with an unknown failure.
 */
public record SpeechFailed(UUID requestId, long userId, String reason, Failure failure) implements TtsEvent {

    public SpeechFailed {
        failure = failure == null ? Failure.unknown() : failure;
    }

    public SpeechFailed(UUID requestId, long userId, Failure failure) {
        this(requestId, userId, failure.describe(), failure);
    }

    @Override
    public String subject() {
        return requestId.toString();
    }
}
