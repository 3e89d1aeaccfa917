package io.ugcbot.kit.media;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The movie header's duration agrees with ffprobe's, wherever the header sits; anything else is left to ffprobe. */
class Mp4DurationTest {

    @TempDir
    Path dir;

    @Test
    void readsTheDurationOfAnMp4WithItsHeaderAtTheEnd() {
        Path video = encode("tail.mp4", 2.4, false);
        assertThat(Mp4Duration.millis(video)).isPresent();
        assertThat(Mp4Duration.millis(video).getAsLong()).isCloseTo(ffprobe(video), within(50L));
    }

    @Test
    void readsTheDurationOfAnMp4WithItsHeaderInFront() {
        Path video = encode("front.mp4", 3.7, true);
        assertThat(Mp4Duration.millis(video)).isPresent();
        assertThat(Mp4Duration.millis(video).getAsLong()).isCloseTo(ffprobe(video), within(50L));
        assertThat(MediaProbe.durationMs(video)).isCloseTo(3700L, within(100L));
    }

    @Test
    void leavesWhatIsNotAnMp4ToFfprobe() {
        Path audio = dir.resolve("speech.mp3");
        ExternalCommand.run(List.of("ffmpeg", "-nostdin", "-y", "-v", "error", "-f", "lavfi", "-i", "sine=d=1.5",
                "-c:a", "libmp3lame", audio.toString()), Duration.ofMinutes(1));
        assertThat(Mp4Duration.millis(audio)).isEmpty();
        assertThat(MediaProbe.durationMs(audio)).isCloseTo(1500L, within(100L));
    }

    private Path encode(String name, double seconds, boolean faststart) {
        Path video = dir.resolve(name);
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-nostdin", "-y", "-v", "error", "-f", "lavfi",
                "-i", "testsrc=s=160x120:r=25:d=" + seconds, "-f", "lavfi", "-i", "sine=d=" + seconds,
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest"));
        if (faststart) {
            command.addAll(List.of("-movflags", "+faststart"));
        }
        command.add(video.toString());
        ExternalCommand.run(command, Duration.ofMinutes(1));
        return video;
    }

    private static long ffprobe(Path file) {
        String seconds = ExternalCommand.run(List.of("ffprobe", "-v", "error", "-show_entries", "format=duration",
                "-of", "default=noprint_wrappers=1:nokey=1", file.toString()), Duration.ofSeconds(30)).trim();
        return Math.round(Double.parseDouble(seconds) * 1000);
    }
}
