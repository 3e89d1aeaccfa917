package io.ugcbot.storage.imports;

import io.ugcbot.events.FailureCode;
import io.ugcbot.kit.face.Face;
import io.ugcbot.kit.face.FaceDetector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CharacterPhotosTest {

    private static final FaceDetector FACES = new FaceDetector();

    @TempDir
    Path dir;

    @Test
    void shouldRefuseWhatIsNoImageTooSmallOrWithoutAFace() throws IOException {
        Path text = Files.writeString(dir.resolve("note.jpg"), "not a picture");
        assertThat(CharacterPhotos.check(text, FACES).rejection().code()).isEqualTo(FailureCode.IMAGE_UNREADABLE);
        assertThat(CharacterPhotos.check(png(200, 400, Color.GRAY), FACES).rejection().code())
                .isEqualTo(FailureCode.PHOTO_TOO_SMALL);
        assertThat(CharacterPhotos.check(png(720, 1280, new Color(90, 160, 70)), FACES).rejection().code())
                .isEqualTo(FailureCode.NO_FACE);
    }

    @Test
    void shouldCropAWidePhotoToAPortraitAroundTheFace() {
        BufferedImage wide = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB);
        var g = wide.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(1400, 0, 520, 1080);
        g.dispose();

        BufferedImage portrait = CharacterPhotos.portrait(wide, new Face(0.85, 0.4, 0.1, 0.2));

        assertThat(portrait.getWidth()).isEqualTo(CharacterPhotos.WIDTH);
        assertThat(portrait.getHeight()).isEqualTo(CharacterPhotos.HEIGHT);
        assertThat(new Color(portrait.getRGB(360, 640))).as("centred on the face, at the right").isEqualTo(Color.RED);
    }

    private Path png(int width, int height, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        Path file = dir.resolve(width + "x" + height + ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
