package io.ugcbot.video.render;

import io.ugcbot.video.VideoProperties;
import io.ugcbot.kit.face.FaceDetector;
import io.ugcbot.video.face.PaintedPortraits;
import io.ugcbot.events.gateway.Orientation;
import io.ugcbot.kit.media.ExternalCommand;
import io.ugcbot.kit.media.MediaProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The offline renderer: the mouth of the face it finds, every orientation, progress while it renders. */
class OfflineTalkingHeadRendererTest {

    @TempDir
    Path dir;

    private final OfflineTalkingHeadRenderer renderer = new OfflineTalkingHeadRenderer(new VideoProperties(
            Duration.ofMillis(300), Duration.ofMinutes(10), 1, 1, new VideoProperties.Render(720, 1280, 25, "veryfast", 23),
            "", "", null), new FaceDetector());

    @Test
    void shouldPutTheMouthUnderTheDetectedFaceEvenOffCentre() {
        OfflineTalkingHeadRenderer.Mouth mouth = renderer.mouthOf(PaintedPortraits.portrait(720, 1280, 0.4, 0.45));

        assertThat(mouth.x()).isCloseTo(0.4, within(0.04));
        assertThat(mouth.y()).isCloseTo(0.45 + PaintedPortraits.mouthBelowCentre(720, 1280), within(0.03));
    }

    @ParameterizedTest
    @CsvSource({"PORTRAIT, 720, 1280", "SQUARE, 720, 720", "LANDSCAPE, 1280, 720"})
    void shouldRenderEachOrientationAndReportProgressAsItGoes(Orientation orientation, int width, int height)
            throws Exception {
        Path portrait = dir.resolve("portrait.png");
        ImageIO.write(PaintedPortraits.portrait(720, 1280, 0.5, 0.55), "png", portrait.toFile());
        Path speech = dir.resolve("speech.wav");
        ExternalCommand.run(List.of("ffmpeg", "-nostdin", "-y", "-v", "error", "-f", "lavfi", "-i",
                "sine=frequency=220:duration=2", speech.toString()), Duration.ofSeconds(30));
        List<Integer> percents = new CopyOnWriteArrayList<>();

        Path video = renderer.render(new RenderRequest(UUID.randomUUID(), portrait, speech, null, null, "Hello",
                orientation, dir, (percent, position) -> percents.add(percent)));

        BufferedImage frame = MediaProbe.frameAt(video, 1.0);
        assertThat(frame.getWidth()).isEqualTo(width);
        assertThat(frame.getHeight()).isEqualTo(height);
        assertThat(MediaProbe.durationMs(video)).isBetween(1_800L, 2_300L);
        assertThat(percents).hasSizeGreaterThanOrEqualTo(4).isSorted().allMatch(p -> p > 0 && p < 100);
    }

    @Test
    void shouldFallBackToTheDemoPortraitsMouthWhenNoFaceIsFound() {
        OfflineTalkingHeadRenderer.Mouth mouth = renderer.mouthOf(PaintedPortraits.landscape(720, 1280));

        assertThat(mouth.x()).isEqualTo(0.5);
        assertThat(mouth.y()).isEqualTo(0.64);
    }
}
