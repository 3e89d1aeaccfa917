package io.ugcbot.video.face;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;

/** Test images: portraits painted the way the gateway paints its demo characters, anywhere in the frame. */
public final class PaintedPortraits {

    /** The face ellipse's size as shares of the image's shorter side, as in the gateway's 720×1280 portraits. */
    private static final double FACE_WIDTH = 0.44;
    private static final double FACE_HEIGHT = 0.604;

    /** How far below the face's centre the mouth is painted, as a share of the image's height. */
    public static double mouthBelowCentre(int width, int height) {
        return FACE_HEIGHT * Math.min(width, height) * 0.26 / height;
    }

    private PaintedPortraits() {
    }

    /** Like the gateway's demo portraits: skin ellipse, hair, dark eyes under brows, nose, mouth. */
    public static BufferedImage portrait(int width, int height, double cx, double cy) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(120, 160, 200), 0, height, new Color(40, 60, 90)));
        g.fillRect(0, 0, width, height);
        double faceCx = width * cx;
        double faceCy = height * cy;
        double shorter = Math.min(width, height);
        double faceW = shorter * FACE_WIDTH;
        double faceH = shorter * FACE_HEIGHT;
        double eye = faceW / 317;
        Color skin = new Color(230, 190, 160);
        Color hair = new Color(70, 45, 30);
        g.setColor(skin);
        g.fill(new Ellipse2D.Double(faceCx - faceW / 2, faceCy - faceH / 2, faceW, faceH));
        g.setColor(hair);
        g.fill(new Ellipse2D.Double(faceCx - faceW * 0.54, faceCy - faceH * 0.60, faceW * 1.08, faceH * 0.42));
        double eyeY = faceCy - faceH * 0.09;
        for (double side : new double[] {-1, 1}) {
            double ex = faceCx + side * faceW * 0.2;
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(ex - 30 * eye, eyeY - 16 * eye, 60 * eye, 32 * eye));
            g.setColor(new Color(50, 40, 30));
            g.fill(new Ellipse2D.Double(ex - 14 * eye, eyeY - 14 * eye, 28 * eye, 28 * eye));
            g.setColor(hair.darker());
            g.fill(new java.awt.geom.Rectangle2D.Double(ex - 34 * eye, eyeY - 44 * eye, 68 * eye, 12 * eye));
        }
        g.setColor(skin.darker());
        g.fill(new Ellipse2D.Double(faceCx - 14 * eye, faceCy + faceH * 0.07, 28 * eye, 40 * eye));
        g.setColor(new Color(170, 70, 80));
        g.fill(new Ellipse2D.Double(faceCx - faceW * 0.125, faceCy + faceH * 0.26 - 5 * eye, faceW * 0.25,
                10 * eye));
        g.dispose();
        return image;
    }

    /** A sky-like gradient with no face in it. */
    public static BufferedImage landscape(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(120, 170, 230), 0, height, new Color(230, 220, 180)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(60, 120, 60));
        g.fillRect(0, height * 2 / 3, width, height / 3);
        g.dispose();
        return image;
    }
}
