package io.ugcbot.video.composite;

import io.ugcbot.events.WordTiming;
import io.ugcbot.kit.media.ExternalCommand;
import io.ugcbot.kit.media.MediaProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Real ffmpeg on generated clips: a red background, a blue talking head, a 2.5 s tone. */
class BackgroundCompositorTest {

    @TempDir
    Path dir;

    @Test
    void shouldPutTheHeadInACircleOverTheLoopedBackgroundForTheLengthOfTheSpeech() {
        Path background = lavfi("color=c=red:s=640x360:d=1:r=25", "background.mp4");
        Path head = lavfi("color=c=blue:s=720x1280:d=3:r=25", "head.mp4");
        Path audio = dir.resolve("speech.m4a");
        ExternalCommand.run(List.of("ffmpeg", "-nostdin", "-y", "-v", "error", "-f", "lavfi", "-i",
                "sine=frequency=440:duration=2.5", "-c:a", "aac", audio.toString()), Duration.ofSeconds(30));

        Path video = new BackgroundCompositor("ultrafast", 23).composite(new CompositeRequest(background, head, audio,
                List.of(new WordTiming("Hello", 0, 1000), new WordTiming("there", 1000, 2500)), SubtitleStyle.PLAIN,
                0.5, 0.5, dir));

        assertThat(MediaProbe.streams(video)).containsExactly("video:h264", "audio:aac");
        assertThat(MediaProbe.durationMs(video)).isBetween(2_400L, 2_700L);
        BufferedImage frame = MediaProbe.frameAt(video, 1.5);
        assertThat(frame.getWidth()).isEqualTo(1080);
        assertThat(frame.getHeight()).isEqualTo(1920);
        int radius = BackgroundCompositor.CIRCLE / 2;
        int centreY = BackgroundCompositor.CIRCLE_TOP + radius;
        assertThat(dominant(frame, 540, centreY)).as("inside the circle").isEqualTo("blue");
        assertThat(dominant(frame, 540 - radius + 8, BackgroundCompositor.CIRCLE_TOP + 8))
                .as("corner of the head's square, outside the circle").isEqualTo("red");
        assertThat(dominant(frame, 40, 40)).as("background").isEqualTo("red");
    }

    private Path lavfi(String source, String name) {
        Path file = dir.resolve(name);
        ExternalCommand.run(List.of("ffmpeg", "-nostdin", "-y", "-v", "error", "-f", "lavfi", "-i", source,
                "-c:v", "libx264", "-pix_fmt", "yuv420p", file.toString()), Duration.ofSeconds(30));
        return file;
    }

    private static String dominant(BufferedImage image, int x, int y) {
        Color c = new Color(image.getRGB(x, y));
        if (c.getRed() > 150 && c.getBlue() < 100) {
            return "red";
        }
        if (c.getBlue() > 150 && c.getRed() < 100) {
            return "blue";
        }
        return "other " + c;
    }
}
