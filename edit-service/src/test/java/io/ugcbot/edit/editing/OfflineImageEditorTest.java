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
    void shouldSayItUnderstoodNothingRatherThanReturnTheSameImage() {
        assertThat(editor.edit(twoColours(), "put her in a red jacket").applied()).isEmpty();
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
