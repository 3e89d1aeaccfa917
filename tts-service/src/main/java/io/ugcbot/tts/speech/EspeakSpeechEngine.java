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

    @Override
    public Speech synthesize(String text, Voice voice, Path workDir) {
        Path wav = workDir.resolve("speech.wav");
        ExternalCommand.run(List.of("espeak-ng", "-v", voice.engineVoice(), "-p", Integer.toString(voice.pitch()),
                "-s", Integer.toString(voice.wordsPerMinute()), "-w", wav.toString(), "--", text),
                Duration.ofSeconds(30));
        return new Speech(wav, null);
    }
}
