package io.ugcbot.video.face;

import io.ugcbot.kit.face.Face;
import io.ugcbot.kit.face.FaceDetector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The kit's FaceDetector, tested here beside the painted portraits the renderer's tests share: OpenCV's bundled cascade
 * on painted portraits, the face where it was painted, the mouth under it, none in a field.
 */
class FaceDetectorTest {

    private final FaceDetector detector = new FaceDetector();

    @ParameterizedTest
    @CsvSource({"720, 1280, 0.5, 0.55", "720, 1280, 0.4, 0.45", "720, 1280, 0.6, 0.6", "1080, 1080, 0.5, 0.5",
            "1280, 720, 0.4, 0.5"})
    void shouldFindAPaintedFaceWhereItWasPaintedAndItsMouthBelow(int width, int height, double x, double y) {
        Face face = detector.detect(PaintedPortraits.portrait(width, height, x, y)).orElseThrow();

        assertThat(face.centerX()).isCloseTo(x, within(0.04));
        assertThat(face.centerY()).isCloseTo(y, within(0.04));
        assertThat(face.mouthY()).isCloseTo(y + PaintedPortraits.mouthBelowCentre(width, height), within(0.03));
    }

    @Test
    void shouldFindNoFaceWhereThereIsNone() {
        assertThat(detector.detect(PaintedPortraits.landscape(1280, 720))).isEmpty();
    }
}
