package io.ugcbot.video.render;

import io.ugcbot.video.VideoProperties;
import io.ugcbot.video.face.FaceDetector;
import io.ugcbot.video.face.PaintedPortraits;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The offline renderer animates the mouth of the face it finds, wherever the character's face is. */
class OfflineTalkingHeadRendererTest {

    private final OfflineTalkingHeadRenderer renderer = new OfflineTalkingHeadRenderer(new VideoProperties(
            Duration.ofMillis(300), Duration.ofMinutes(10), 1, new VideoProperties.Render(720, 1280, 25, "veryfast", 23),
            "", null), new FaceDetector());

    @Test
    void shouldPutTheMouthUnderTheDetectedFaceEvenOffCentre() {
        OfflineTalkingHeadRenderer.Mouth mouth = renderer.mouthOf(PaintedPortraits.portrait(720, 1280, 0.4, 0.45));

        assertThat(mouth.x()).isCloseTo(0.4, within(0.04));
        assertThat(mouth.y()).isCloseTo(0.45 + PaintedPortraits.mouthBelowCentre(720, 1280), within(0.03));
    }

    @Test
    void shouldFallBackToTheDemoPortraitsMouthWhenNoFaceIsFound() {
        OfflineTalkingHeadRenderer.Mouth mouth = renderer.mouthOf(PaintedPortraits.landscape(720, 1280));

        assertThat(mouth.x()).isEqualTo(0.5);
        assertThat(mouth.y()).isEqualTo(0.64);
    }
}
