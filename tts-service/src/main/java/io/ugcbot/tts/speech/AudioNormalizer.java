package io.ugcbot.tts.speech;

import io.ugcbot.kit.media.ExternalCommand;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Every output leaves as mono 44.1 kHz MP3 at a consistent loudness, whatever the engine produced. */
public final class AudioNormalizer {

    private AudioNormalizer() {
    }

    public static Path toMp3(Path input, Path workDir) {
        Path mp3 = workDir.resolve("speech.mp3");
        ExternalCommand.run(List.of("ffmpeg", "-nostdin", "-y", "-v", "error", "-i", input.toString(),
                "-af", "loudnorm=I=-16:TP=-1.5:LRA=11", "-ac", "1", "-ar", "44100",
                "-c:a", "libmp3lame", "-b:a", "128k", mp3.toString()), Duration.ofSeconds(60));
        return mp3;
    }
}
