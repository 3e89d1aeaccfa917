package io.ugcbot.kit.media;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Facts about a media file measured by ffprobe, never guessed from its size or the text that made it. */
public final class MediaProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private MediaProbe() {
    }

    public static long durationMs(Path file) {
        var mp4 = Mp4Duration.millis(file);
        if (mp4.isPresent()) {
            return mp4.getAsLong();
        }
        String seconds = ExternalCommand.run(List.of("ffprobe", "-v", "error", "-show_entries", "format=duration",
                "-of", "default=noprint_wrappers=1:nokey=1", file.toString()), TIMEOUT).trim();
        return Math.round(Double.parseDouble(seconds) * 1000);
    }

    /** One decoded frame at {@code seconds}, e.g. to check what a composite put where. */
    public static BufferedImage frameAt(Path video, double seconds) {
        try {
            Path png = Files.createTempFile("frame-", ".png");
            try {
                ExternalCommand.run(List.of("ffmpeg", "-nostdin", "-y", "-v", "error", "-ss",
                        String.format(Locale.ROOT, "%.3f", seconds), "-i", video.toString(), "-frames:v", "1",
                        png.toString()), TIMEOUT);
                return ImageIO.read(png.toFile());
            } finally {
                Files.deleteIfExists(png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Codec names of the file's streams, e.g. {@code [video:h264, audio:aac]}. */
    public static List<String> streams(Path file) {
        String out = ExternalCommand.run(List.of("ffprobe", "-v", "error", "-show_entries",
                "stream=codec_type,codec_name", "-of", "csv=p=0", file.toString()), TIMEOUT);
        return out.lines().filter(line -> !line.isBlank())
                .map(line -> {
                    String[] parts = line.split(",");
                    return parts[1] + ":" + parts[0];
                }).toList();
    }
}
