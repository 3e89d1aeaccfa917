package io.ugcbot.storage.imports;

import io.ugcbot.events.Failure;
import io.ugcbot.events.FailureCode;
import io.ugcbot.kit.face.Face;
import io.ugcbot.kit.face.FaceDetector;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A user's photo made into a character: it must be a readable image, big enough, with a face in it; it becomes a
 * 720×1280 portrait (the demo characters' frame) with the face centred across and in the upper half, so the
 * renderers get the same kind of input as from the catalog.
 */
final class CharacterPhotos {

    static final int WIDTH = 720;
    static final int HEIGHT = 1280;
    /** A face in a smaller photo is too coarse to animate. */
    static final int MIN_SIDE = 256;

    /** Why the photo cannot be used, or the portrait made from it (PNG). */
    record Checked(Failure rejection, byte[] portrait) {
    }

    private CharacterPhotos() {
    }

    static Checked check(Path photo, FaceDetector faces) {
        BufferedImage image;
        try {
            image = ImageIO.read(photo.toFile());
        } catch (IOException e) {
            image = null;
        }
        if (image == null) {
            return new Checked(Failure.of(FailureCode.IMAGE_UNREADABLE), null);
        }
        int shorter = Math.min(image.getWidth(), image.getHeight());
        if (shorter < MIN_SIDE) {
            return new Checked(Failure.of(FailureCode.PHOTO_TOO_SMALL, shorter, MIN_SIDE), null);
        }
        var face = faces.detect(image);
        if (face.isEmpty()) {
            return new Checked(Failure.of(FailureCode.NO_FACE), null);
        }
        return new Checked(null, png(portrait(image, face.get())));
    }

    /** The largest 9:16 crop that keeps the face at the middle across and about 45 % down (clamped at the edges). */
    static BufferedImage portrait(BufferedImage image, Face face) {
        double width = image.getWidth();
        double height = image.getHeight();
        double cropHeight = Math.min(height, width * HEIGHT / WIDTH);
        double cropWidth = cropHeight * WIDTH / HEIGHT;
        double left = clamp(face.centerX() * width - cropWidth / 2, 0, width - cropWidth);
        double top = clamp(face.centerY() * height - cropHeight * 0.45, 0, height - cropHeight);
        BufferedImage out = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(image, 0, 0, WIDTH, HEIGHT, (int) left, (int) top, (int) (left + cropWidth),
                (int) (top + cropHeight), null);
        g.dispose();
        return out;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static byte[] png(BufferedImage image) {
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
