package io.ugcbot.kit.face;

/**
 * A detected face as fractions of the image's width and height: its box's centre and size. The mouth of a frontal
 * face sits about three quarters down the box a Haar cascade draws (forehead to chin).
 */
public record Face(double centerX, double centerY, double width, double height) {

    private static final double MOUTH_DOWN_THE_BOX = 0.77;

    public double mouthX() {
        return centerX;
    }

    public double mouthY() {
        return centerY - height / 2 + height * MOUTH_DOWN_THE_BOX;
    }
}
