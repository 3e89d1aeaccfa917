package io.ugcbot.events.tts;

import io.ugcbot.events.Message;

/** Commands tts-service handles, on {@code tts.commands}. */
public sealed interface TtsCommand extends Message permits SynthesizeSpeech, ReloadVoices {
}
