package io.ugcbot.video.render;

import io.ugcbot.kit.media.ExternalCommand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** How loud the speech is during each video frame, from 0 (silence) to 1 (its loudest), lightly smoothed. */
final class LoudnessEnvelope {

    private static final int SAMPLE_RATE = 16_000;

    private LoudnessEnvelope() {
    }

    static double[] perFrame(Path audio, int fps, Path workDir) {
        Path pcm = workDir.resolve("speech.pcm");
        ExternalCommand.run(List.of("ffmpeg", "-nostdin", "-y", "-v", "error", "-i", audio.toString(),
                "-f", "s16le", "-ac", "1", "-ar", Integer.toString(SAMPLE_RATE), pcm.toString()), Duration.ofSeconds(60));
        ShortBuffer samples = readSamples(pcm);
        int samplesPerFrame = SAMPLE_RATE / fps;
        int frames = Math.max(1, (int) Math.ceil(samples.remaining() / (double) samplesPerFrame));
        double[] level = new double[frames];
        double loudest = 1e-9;
        for (int frame = 0; frame < frames; frame++) {
            int from = frame * samplesPerFrame;
            int to = Math.min(samples.limit(), from + samplesPerFrame);
            double sum = 0;
            for (int i = from; i < to; i++) {
                double s = samples.get(i) / 32768.0;
                sum += s * s;
            }
            level[frame] = to > from ? Math.sqrt(sum / (to - from)) : 0;
            loudest = Math.max(loudest, level[frame]);
        }
        double previous = 0;
        for (int frame = 0; frame < frames; frame++) {
            // a fast attack and slower release look like a mouth rather than a flicker
            double target = level[frame] / loudest;
            previous = target > previous ? target : previous * 0.6 + target * 0.4;
            level[frame] = previous;
        }
        return level;
    }

    private static ShortBuffer readSamples(Path pcm) {
        try {
            return ByteBuffer.wrap(Files.readAllBytes(pcm)).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
