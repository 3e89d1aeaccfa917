package io.ugcbot.tts.speech;

import io.ugcbot.tts.voice.Voice;

import java.nio.file.Path;

/** Speaks text into an audio file in {@code workDir}: espeak-ng offline, or ElevenLabs when its key is configured. */
public interface SpeechEngine {

    Speech synthesize(String text, Voice voice, Path workDir);

    /** For the log line that says which engine runs (never a key). */
    String name();
}
