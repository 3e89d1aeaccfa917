package io.ugcbot.edit.editing;

import org.springframework.stereotype.Component;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.util.ArrayList;
import java.util.List;

/** The offline editor's vocabulary; more edits (colour, background, zoom on the face) come with the providers. */
@Component
class OfflineImageEditor {

    private static final List<OfflineEdit> EDITS = List.of(
            new OfflineEdit("black and white", List.of("black and white", "grayscale", "greyscale", "чёрно-бел",
                    "черно-бел", "ч/б"), OfflineImageEditor::grayscale),
            new OfflineEdit("mirror", List.of("mirror", "flip", "зеркал", "отрази"), OfflineImageEditor::mirror));

    /** The edits the prompt asked for, applied in order; empty when it asked for none this editor knows. */
    Edited edit(BufferedImage image, String prompt) {
        List<String> applied = new ArrayList<>();
        BufferedImage result = image;
        for (OfflineEdit edit : EDITS) {
            if (edit.isAskedFor(prompt)) {
                result = edit.apply().apply(result);
                applied.add(edit.name());
            }
        }
        return new Edited(result, applied);
    }

    static List<String> vocabulary() {
        return EDITS.stream().map(OfflineEdit::name).toList();
    }

    record Edited(BufferedImage image, List<String> applied) {
    }

    private static BufferedImage grayscale(BufferedImage source) {
        BufferedImage gray = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        new ColorConvertOp(java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_GRAY), null)
                .filter(toRgb(source), gray);
        return gray;
    }

    private static BufferedImage mirror(BufferedImage source) {
        BufferedImage out = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        AffineTransform flip = AffineTransform.getScaleInstance(-1, 1);
        flip.translate(-source.getWidth(), 0);
        g.drawImage(source, flip, null);
        g.dispose();
        return out;
    }

    private static BufferedImage toRgb(BufferedImage source) {
        BufferedImage rgb = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(source, 0, 0, null);
        g.dispose();
        return rgb;
    }
}
