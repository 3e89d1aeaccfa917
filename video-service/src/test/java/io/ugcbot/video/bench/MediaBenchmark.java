package io.ugcbot.video.bench;

import io.ugcbot.events.WordTiming;
import io.ugcbot.kit.media.ExternalCommand;
import io.ugcbot.kit.media.MediaProbe;
import io.ugcbot.video.VideoProperties;
import io.ugcbot.video.composite.BackgroundCompositor;
import io.ugcbot.video.composite.CompositeRequest;
import io.ugcbot.video.composite.SubtitleStyle;
import io.ugcbot.video.render.OfflineTalkingHeadRenderer;
import io.ugcbot.video.render.RenderRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code bin/bench-media}: wall time of the offline talking-head render and of the background composite for a ~15 s
 * script, median of several runs, as a ratio to the clip's length. Not a test: it prints figures.
 */
public final class MediaBenchmark {

    private static final int RUNS = Integer.getInteger("runs", 3);
    private static final String PRESET = System.getProperty("preset", "veryfast");
    private static final int CRF = Integer.getInteger("crf", 23);
    private static final String SCRIPT = "Meet the coffee that keeps up with you. Freshly roasted beans, delivered to "
            + "your door every week, ground the way you like them. Order today and your first bag is on us, "
            + "because great mornings should start with great coffee. Try it this week.";

    private MediaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("bench-media-");
        Path speech = speech(dir);
        long speechMs = MediaProbe.durationMs(speech);
        Path portrait = dir.resolve("portrait.png");
        run("ffmpeg", "-f", "lavfi", "-i", "testsrc2=s=720x1280", "-frames:v", "1", portrait.toString());
        Path background = dir.resolve("background.mp4");
        run("ffmpeg", "-f", "lavfi", "-i", "testsrc2=s=1080x1920:r=30:d=15", "-c:v", "libx264", "-preset",
                "ultrafast", "-pix_fmt", "yuv420p", background.toString());

        var renderer = new OfflineTalkingHeadRenderer(new VideoProperties(Duration.ofMillis(300), Duration.ofMinutes(10),
                1, 1, new VideoProperties.Render(720, 1280, 25, PRESET, CRF), "", "", null),
                new io.ugcbot.kit.face.FaceDetector());
        Path[] head = new Path[1];
        double render = median(() -> head[0] = renderer.render(RenderRequest.local(portrait, speech, SCRIPT,
                io.ugcbot.events.gateway.Orientation.PORTRAIT, fresh(dir))));

        List<WordTiming> words = evenly(SCRIPT, speechMs);
        var compositor = new BackgroundCompositor(PRESET, CRF);
        Path[] composite = new Path[1];
        double compose = median(() -> composite[0] = compositor.composite(new CompositeRequest(background, head[0],
                speech, words, SubtitleStyle.WORD_HIGHLIGHT, 0.5, 0.45, fresh(dir))));

        double clip = speechMs / 1000.0;
        System.out.printf(Locale.ROOT, """

                ==== media benchmark (%d runs each, median; x264 preset %s, CRF %d; 2 cores) ====
                clip length                 %.1f s of speech
                offline talking head        %.2f s wall = %.2fx the clip (720x1280, 25 fps, %d KB)
                background composite        %.2f s wall = %.2fx the clip (1080x1920, circle + word-highlight subtitles, %d KB)
                goal for the composite      <= 0.40x (%.1f s)
                """, RUNS, PRESET, CRF, clip, render, render / clip, Files.size(head[0]) / 1024,
                compose, compose / clip, Files.size(composite[0]) / 1024, 0.4 * clip);
    }

    private static Path speech(Path dir) {
        Path wav = dir.resolve("speech.wav");
        Path mp3 = dir.resolve("speech.mp3");
        run("espeak-ng", "-v", "en-us+f3", "-s", "160", "-w", wav.toString(), SCRIPT);
        run("ffmpeg", "-i", wav.toString(), "-ac", "1", "-ar", "44100", "-c:a", "libmp3lame", "-b:a", "128k",
                mp3.toString());
        return mp3;
    }

    private static List<WordTiming> evenly(String script, long durationMs) {
        String[] words = script.split("\\s+");
        List<WordTiming> timings = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            timings.add(new WordTiming(words[i], durationMs * i / words.length, durationMs * (i + 1) / words.length));
        }
        return timings;
    }

    private static double median(Supplier<Path> work) {
        double[] seconds = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return seconds[RUNS / 2];
    }

    private static Path fresh(Path dir) {
        try {
            return Files.createTempDirectory(dir, "run-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void run(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        if (command[0].equals("ffmpeg")) {
            args.addAll(1, List.of("-nostdin", "-y", "-v", "error"));
        }
        ExternalCommand.run(args, Duration.ofMinutes(5));
    }
}
