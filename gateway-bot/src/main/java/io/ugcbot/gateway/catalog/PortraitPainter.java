package io.ugcbot.gateway.catalog;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Paints a demo character as a 720×1280 portrait PNG, deterministically (same character, same bytes). The mouth is
 * left closed at (50 %, 64 %) of the frame, where the offline renderer animates it.
 */
final class PortraitPainter {

    static final int WIDTH = 720;
    static final int HEIGHT = 1280;

    private PortraitPainter() {
    }

    static byte[] paint(DemoCharacter character) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, character.backdrop().brighter(), 0, HEIGHT, character.backdrop().darker()));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        boolean female = character.gender() == CatalogCharacter.Gender.FEMALE;
        double faceCx = WIDTH * 0.5;
        double faceCy = HEIGHT * 0.55;
        double faceW = WIDTH * 0.44;
        double faceH = HEIGHT * 0.34;

        g.setColor(character.hair());
        if (female) {
            g.fill(new RoundRectangle2D.Double(faceCx - faceW * 0.68, faceCy - faceH * 0.62, faceW * 1.36, faceH * 1.25,
                    faceW * 0.9, faceW * 0.9));
        }
        g.setColor(new Color(60, 70, 90));
        g.fill(new RoundRectangle2D.Double(WIDTH * 0.12, HEIGHT * 0.80, WIDTH * 0.76, HEIGHT * 0.35, 160, 160));
        g.setColor(character.skin().darker());
        g.fill(new RoundRectangle2D.Double(faceCx - faceW * 0.17, faceCy + faceH * 0.35, faceW * 0.34, faceH * 0.4,
                30, 30));
        g.setColor(character.skin());
        g.fill(new Ellipse2D.Double(faceCx - faceW / 2, faceCy - faceH / 2, faceW, faceH));
        g.setColor(character.hair());
        g.fill(new Ellipse2D.Double(faceCx - faceW * 0.54, faceCy - faceH * 0.60, faceW * 1.08, faceH * (female ? 0.5 : 0.42)));

        double eyeY = HEIGHT * 0.52;
        for (double side : new double[] {-1, 1}) {
            double ex = faceCx + side * faceW * 0.2;
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(ex - 30, eyeY - 16, 60, 32));
            g.setColor(new Color(50, 40, 30));
            g.fill(new Ellipse2D.Double(ex - 14, eyeY - 14, 28, 28));
            g.setColor(character.hair().darker());
            g.fillRect((int) (ex - 34), (int) (eyeY - 44), 68, female ? 6 : 12);
        }
        g.setColor(character.skin().darker());
        g.fill(new Ellipse2D.Double(faceCx - 14, HEIGHT * 0.575, 28, 40));
        g.setColor(new Color(170, 70, 80));
        g.fill(new Ellipse2D.Double(faceCx - WIDTH * 0.055, HEIGHT * 0.64 - 5, WIDTH * 0.11, 10));
        g.dispose();
        return png(image);
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
