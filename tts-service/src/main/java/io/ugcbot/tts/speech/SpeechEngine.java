package io.ugcbot.tts.speech;

import io.ugcbot.tts.voice.Voice;

import java.nio.file.Path;

/** Speaks text into an audio file in {@code workDir}. The ElevenLabs adapter is the other implementation to come. */
public interface SpeechEngine {

    Path synthesize(String text, Voice voice, Path workDir);
}
