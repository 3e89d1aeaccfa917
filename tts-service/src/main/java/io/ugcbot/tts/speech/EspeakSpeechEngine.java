package io.ugcbot.tts.speech;

import io.ugcbot.kit.media.ExternalCommand;
import io.ugcbot.tts.voice.Voice;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The offline engine: espeak-ng, Russian and English, no account and no network. */
class EspeakSpeechEngine implements SpeechEngine {

    @Override
    public String name() {
        return "espeak-ng (offline)";
    }

    /** Beyond about a third faster espeak-ng's words run together; slower than 70 % it drawls. */
    private static final PaceRange PACE = new PaceRange(70, 135);

    @Override
    public String provider() {
        return "espeak-ng";
    }

    @Override
    public String providerVoiceId(Voice voice) {
        return voice.engineVoice();
    }

    @Override
    public PaceRange pacePercentRange() {
        return PACE;
    }

    @Override
    public Speech synthesize(String text, Voice voice, int pacePercent, Path workDir) {
        Path wav = workDir.resolve("speech.wav");
        int wordsPerMinute = Math.round(voice.wordsPerMinute() * PACE.clamp(pacePercent) / 100f);
        ExternalCommand.run(List.of("espeak-ng", "-v", voice.engineVoice(), "-p", Integer.toString(voice.pitch()),
                "-s", Integer.toString(wordsPerMinute), "-w", wav.toString(), "--", text),
                Duration.ofSeconds(30));
        return new Speech(wav, null);
    }
}
