package io.ugcbot.tts.speech;

import io.ugcbot.kit.models.ProviderModel;
import io.ugcbot.tts.voice.Voice;

import java.nio.file.Path;
import java.util.Optional;

/** Speaks text into an audio file in {@code workDir}: espeak-ng offline, or ElevenLabs when its key is configured. */
public interface SpeechEngine {

    /** {@code pacePercent}: the voice's pace in percent of its normal pace, within {@link #pacePercentRange()}. */
    Speech synthesize(String text, Voice voice, int pacePercent, Path workDir);

    /** The slowest and fastest pace this engine speaks at, in percent of a voice's normal pace. */
    PaceRange pacePercentRange();

    record PaceRange(int min, int max) {

        public int clamp(int pacePercent) {
            return Math.max(min, Math.min(max, pacePercent));
        }
    }

    /** For the log line that says which engine runs (never a key). */
    String name();

    /** The engine's short id in the voice catalog: {@code espeak-ng} or {@code elevenlabs}. */
    String provider();

    /** What this engine calls the voice. */
    String providerVoiceId(Voice voice);

    /** The provider model it calls, if it calls one (a retired one is reported by it); none offline. */
    default Optional<ProviderModel> model() {
        return Optional.empty();
    }
}
