package io.ugcbot.events.tts;

import io.ugcbot.events.Message;

/** Outcomes of speech synthesis, on {@code tts.events}. */
public sealed interface TtsEvent extends Message permits SpeechSynthesized, SpeechRejected, SpeechFailed {
}
