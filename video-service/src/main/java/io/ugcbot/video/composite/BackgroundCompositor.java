package io.ugcbot.video.composite;

import io.ugcbot.kit.media.ExternalCommand;
import io.ugcbot.kit.media.MediaProbe;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * One ffmpeg run: the background scaled and cropped to 1080×1920 (looped if shorter than the speech), the talking head
 * cropped to a square around the face, scaled and cut to a circle with an antialiased mask ({@code alphamerge}),
 * overlaid in the upper part of the frame so it stays clear of the subtitles, subtitles burned in from an .ass file,
 * the speech as the only audio; H.264 + AAC with faststart. The rendered talking head is an input, so compositing
 * again with another background or subtitle style needs no second render.
 */
public final class BackgroundCompositor {

    public static final int WIDTH = 1080;
    public static final int HEIGHT = 1920;
    public static final int CIRCLE = 560;
    public static final int CIRCLE_TOP = 260;
    static final int SUBTITLE_MARGIN = 330;

    private final String preset;
    private final int crf;

    public BackgroundCompositor(String preset, int crf) {
        this.preset = preset;
        this.crf = crf;
    }

    public Path composite(CompositeRequest request) {
        Path subtitles = write(request.workDir().resolve("subtitles.ass"),
                AssSubtitles.build(request.words(), request.style(), WIDTH, HEIGHT, SUBTITLE_MARGIN));
        Path mask = circleMask(request.workDir().resolve("circle.png"));
        Path output = request.workDir().resolve("composite.mp4");
        // -shortest alone overshoots with looped inputs in the graph; the speech decides the length
        String seconds = String.format(Locale.ROOT, "%.3f", MediaProbe.durationMs(request.audio()) / 1000.0);
        ExternalCommand.run(List.of("ffmpeg", "-nostdin", "-y", "-v", "error",
                // scale and overlay slice their frames over both cores while x264 encodes: ~8% less wall time
                "-filter_complex_threads", "2",
                "-stream_loop", "-1", "-i", request.background().toString(),
                "-i", request.talkingHead().toString(),
                "-i", request.audio().toString(),
                "-loop", "1", "-i", mask.toString(),
                "-filter_complex", filterGraph(request, subtitles),
                "-map", "[out]", "-map", "2:a",
                "-c:v", "libx264", "-preset", preset, "-crf", Integer.toString(crf), "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-b:a", "128k", "-t", seconds, "-movflags", "+faststart", output.toString()),
                Duration.ofMinutes(5), request.workDir(), null);
        return output;
    }

    /** Public for the benchmark, which prints it. */
    public static String filterGraph(CompositeRequest request, Path subtitles) {
        // a square as large as the head's shorter side allows, centred on the face and kept inside the frame
        String side = "min(iw\\,ih)";
        String x = String.format(Locale.ROOT, "max(0\\,min(iw-%1$s\\,iw*%2$.4f-%1$s/2))", side, request.faceX());
        String y = String.format(Locale.ROOT, "max(0\\,min(ih-%1$s\\,ih*%2$.4f-%1$s/2))", side, request.faceY());
        // fps first: frames the output drops are never scaled. The circle stays in YUV with alpha (yuva420p) and is
        // blended in YUV: an RGBA overlay converted every 1080x1920 frame twice and cost a second per 13 s clip.
        return "[0:v]fps=25,scale=" + WIDTH + ":" + HEIGHT + ":force_original_aspect_ratio=increase,crop=" + WIDTH
                + ":" + HEIGHT + ",setsar=1[bg];"
                + "[1:v]crop=" + side + ":" + side + ":" + x + ":" + y + ",scale=" + CIRCLE + ":" + CIRCLE
                + ",format=yuva420p[head];"
                + "[3:v]format=gray,scale=" + CIRCLE + ":" + CIRCLE + "[mask];"
                + "[head][mask]alphamerge[circle];"
                + "[bg][circle]overlay=(W-w)/2:" + CIRCLE_TOP + ":shortest=1:format=yuv420[framed];"
                + "[framed]subtitles=" + subtitles.getFileName() + "[out]";
    }

    /** White disc on black, antialiased: the alpha of the circle. */
    private static Path circleMask(Path file) {
        BufferedImage mask = new BufferedImage(CIRCLE, CIRCLE, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = mask.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillOval(0, 0, CIRCLE, CIRCLE);
        g.dispose();
        try {
            ImageIO.write(mask, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path file, String content) {
        try {
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
