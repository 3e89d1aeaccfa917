package io.ugcbot.kit.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Facts about a media file measured by ffprobe, never guessed from its size or the text that made it. */
public final class MediaProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private MediaProbe() {
    }

    public static long durationMs(Path file) {
        String seconds = ExternalCommand.run(List.of("ffprobe", "-v", "error", "-show_entries", "format=duration",
                "-of", "default=noprint_wrappers=1:nokey=1", file.toString()), TIMEOUT).trim();
        return Math.round(Double.parseDouble(seconds) * 1000);
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
