package io.ugcbot.edit.editing;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

class OfflineImageEditorTest {

    private final OfflineImageEditor editor = new OfflineImageEditor();

    @Test
    void shouldApplyEditsAskedForInRussianAndSayWhichItApplied() {
        BufferedImage image = twoColours();

        OfflineImageEditor.Edited edited = editor.edit(image, "Сделай чёрно-белым и отрази зеркально");

        assertThat(edited.applied()).containsExactly("black and white", "mirror");
        Color left = new Color(edited.image().getRGB(0, 0));
        assertThat(left.getRed()).isEqualTo(left.getGreen()).isEqualTo(left.getBlue());
        assertThat(left.getRed()).isGreaterThan(200);
    }

    @Test
    void shouldRepaintTheBackdropButNotThePerson() {
        OfflineImageEditor.Edited edited = editor.edit(portrait(), "сделай зелёный фон");

        assertThat(edited.applied()).containsExactly("green background");
        assertThat(new Color(edited.image().getRGB(2, 38))).isEqualTo(new Color(50, 160, 80));
        assertThat(new Color(edited.image().getRGB(20, 22))).isEqualTo(new Color(230, 190, 160));
    }

    @Test
    void shouldZoomOnTheFaceAndWarmTheTone() {
        OfflineImageEditor.Edited edited = editor.edit(twoColours(), "Zoom in, warm colours please");

        assertThat(edited.applied()).containsExactly("warm tone", "zoom on the face");
        assertThat(edited.image().getWidth()).isEqualTo(4);
    }

    @Test
    void shouldSayItUnderstoodNothingRatherThanReturnTheSameImage() {
        assertThat(editor.edit(twoColours(), "put her in a red jacket").applied()).isEmpty();
    }

    @Test
    void shouldPaintAGradientBackdropFromTheFirstColourNamedToTheSecond() {
        OfflineImageEditor.Edited edited = editor.edit(portrait(), "a blue to pink gradient background");

        assertThat(edited.applied()).containsExactly("blue to pink gradient background");
        assertThat(new Color(edited.image().getRGB(2, 0))).isEqualTo(new Color(40, 90, 200));
        assertThat(new Color(edited.image().getRGB(2, 39))).isEqualTo(new Color(240, 150, 190));
        Color middle = new Color(edited.image().getRGB(2, 20));
        assertThat(middle.getRed()).isBetween(41, 239);
        assertThat(new Color(edited.image().getRGB(20, 22))).isEqualTo(new Color(230, 190, 160));
    }

    /** A person (a disc) before a vertical gradient backdrop, as the demo portraits have. */
    private static BufferedImage portrait() {
        BufferedImage portrait = new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 40; y++) {
                boolean person = (x - 20) * (x - 20) + (y - 22) * (y - 22) < 100;
                portrait.setRGB(x, y, person ? new Color(230, 190, 160).getRGB() : new Color(100, 150, 200 - y).getRGB());
            }
        }
        return portrait;
    }

    /** Left half blue, right half white: mirroring puts white on the left. */
    private static BufferedImage twoColours() {
        BufferedImage image = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 4; x++) {
            for (int y = 0; y < 2; y++) {
                image.setRGB(x, y, x < 2 ? Color.BLUE.getRGB() : Color.WHITE.getRGB());
            }
        }
        return image;
    }
}
