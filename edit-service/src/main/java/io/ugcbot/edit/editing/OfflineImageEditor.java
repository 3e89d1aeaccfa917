package io.ugcbot.edit.editing;

import org.springframework.stereotype.Component;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.RescaleOp;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;

/**
 * The offline editor's vocabulary (Russian and English): background colour or gradient, warm or cool tone, brighter, darker, more
 * contrast, black and white, mirror, zoom on the face. It applies every edit the prompt asks for, in this order, and
 * says which; providers (nano-banana, OpenAI) take over when configured.
 */
@Component
class OfflineImageEditor {

    /** A colour by the name users are told, and the words (English and Russian stems) that ask for it. */
    private record NamedColour(String name, Color colour, List<String> words) {
    }

    private static final List<NamedColour> COLOURS = List.of(
            new NamedColour("red", new Color(200, 40, 40), List.of("red", "красн")),
            new NamedColour("blue", new Color(40, 90, 200), List.of("blue", "син")),
            new NamedColour("green", new Color(50, 160, 80), List.of("green", "зелен", "зелён")),
            new NamedColour("yellow", new Color(240, 210, 60), List.of("yellow", "желт", "жёлт")),
            new NamedColour("white", Color.WHITE, List.of("white", "бел")),
            new NamedColour("pink", new Color(240, 150, 190), List.of("pink", "розов")),
            new NamedColour("purple", new Color(130, 70, 180), List.of("purple", "фиолет")),
            new NamedColour("orange", new Color(240, 140, 40), List.of("orange", "оранж")),
            new NamedColour("grey", new Color(128, 128, 128), List.of("grey", "gray", "сер")));

    private static final List<OfflineEdit> TONES = List.of(
            new OfflineEdit("warm tone", List.of("warm", "тёпл", "тепл"), image -> rescale(image, 1.12f, 1.0f, 0.85f)),
            new OfflineEdit("cool tone", List.of("cool", "cold", "холодн"), image -> rescale(image, 0.85f, 1.0f, 1.12f)),
            new OfflineEdit("brighter", List.of("bright", "light", "ярче", "светлее"),
                    image -> rescale(image, 1.2f, 1.2f, 1.2f)),
            new OfflineEdit("darker", List.of("dark", "темнее"), image -> rescale(image, 0.8f, 0.8f, 0.8f)),
            new OfflineEdit("more contrast", List.of("contrast", "контраст"), OfflineImageEditor::contrast),
            new OfflineEdit("black and white", List.of("black and white", "grayscale", "greyscale", "чёрно-бел",
                    "черно-бел", "ч/б"), OfflineImageEditor::grayscale),
            new OfflineEdit("mirror", List.of("mirror", "flip", "зеркал", "отрази"), OfflineImageEditor::mirror),
            new OfflineEdit("zoom on the face", List.of("zoom", "close-up", "closer", "крупн", "приблиз"),
                    OfflineImageEditor::zoomOnFace));

    /** Where the demo portraits' face is; face detection replaces this for arbitrary images. */
    private static final double FACE_X = 0.5;
    private static final double FACE_Y = 0.56;

    /** The edits the prompt asked for, applied in order; empty when it asked for none this editor knows. */
    Edited edit(BufferedImage image, String prompt) {
        String lower = prompt.toLowerCase(Locale.ROOT);
        List<String> applied = new ArrayList<>();
        BufferedImage result = toRgb(image);
        List<NamedColour> colours = backgroundColours(lower);
        if (!colours.isEmpty() && isGradient(lower)) {
            Color top = colours.getFirst().colour();
            Color bottom = colours.size() > 1 ? colours.get(1).colour() : top.darker().darker();
            result = replaceBackground(result, y -> blend(top, bottom, y / (double) (image.getHeight() - 1)));
            applied.add(colours.size() > 1
                    ? colours.get(0).name() + " to " + colours.get(1).name() + " gradient background"
                    : colours.getFirst().name() + " gradient background");
        } else if (!colours.isEmpty()) {
            int rgb = colours.getFirst().colour().getRGB();
            result = replaceBackground(result, y -> rgb);
            applied.add(colours.getFirst().name() + " background");
        }
        for (OfflineEdit edit : TONES) {
            if (edit.isAskedFor(lower)) {
                result = edit.apply().apply(result);
                applied.add(edit.name());
            }
        }
        return new Edited(result, applied);
    }

    static List<String> vocabulary() {
        List<String> words = new ArrayList<>(List.of("<colour> background", "<colour> [to <colour>] gradient background"));
        TONES.forEach(edit -> words.add(edit.name()));
        return words;
    }

    record Edited(BufferedImage image, List<String> applied) {
    }

    /**
     * "background green", "зелёный фон", "blue to pink gradient background": the colour words of a prompt that
     * mentions the background, in the order they were written.
     */
    private static List<NamedColour> backgroundColours(String prompt) {
        if (!prompt.contains("background") && !prompt.contains("фон")) {
            return List.of();
        }
        return COLOURS.stream()
                .filter(colour -> firstMention(prompt, colour) >= 0)
                .sorted(java.util.Comparator.comparingInt(colour -> firstMention(prompt, colour)))
                .toList();
    }

    private static int firstMention(String prompt, NamedColour colour) {
        return colour.words().stream().mapToInt(prompt::indexOf).filter(i -> i >= 0).min().orElse(-1);
    }

    private static boolean isGradient(String prompt) {
        return prompt.contains("gradient") || prompt.contains("градиент");
    }

    /** {@code top} at 0, {@code bottom} at 1. */
    private static int blend(Color top, Color bottom, double at) {
        return new Color((int) Math.round(top.getRed() + (bottom.getRed() - top.getRed()) * at),
                (int) Math.round(top.getGreen() + (bottom.getGreen() - top.getGreen()) * at),
                (int) Math.round(top.getBlue() + (bottom.getBlue() - top.getBlue()) * at)).getRGB();
    }

    /**
     * Repaints the backdrop: everything reachable from the image's edges through small colour steps (so a gradient
     * counts as one backdrop, the person's outline stops it).
     */
    private static BufferedImage replaceBackground(BufferedImage source, IntUnaryOperator colourOfRow) {
        int w = source.getWidth();
        int h = source.getHeight();
        BufferedImage out = toRgb(source);
        boolean[] seen = new boolean[w * h];
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        for (int x = 0; x < w; x++) {
            queue.add(new int[] {x, 0});
            seen[x] = true;
        }
        for (int y = 0; y < h; y++) {
            for (int x : new int[] {0, w - 1}) {
                if (!seen[y * w + x]) {
                    seen[y * w + x] = true;
                    queue.add(new int[] {x, y});
                }
            }
        }
        while (!queue.isEmpty()) {
            int[] p = queue.poll();
            int here = source.getRGB(p[0], p[1]);
            out.setRGB(p[0], p[1], colourOfRow.applyAsInt(p[1]));
            for (int[] d : new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                int nx = p[0] + d[0];
                int ny = p[1] + d[1];
                if (nx >= 0 && ny >= 0 && nx < w && ny < h && !seen[ny * w + nx]
                        && close(here, source.getRGB(nx, ny))) {
                    seen[ny * w + nx] = true;
                    queue.add(new int[] {nx, ny});
                }
            }
        }
        return out;
    }

    private static boolean close(int a, int b) {
        int dr = ((a >> 16) & 0xff) - ((b >> 16) & 0xff);
        int dg = ((a >> 8) & 0xff) - ((b >> 8) & 0xff);
        int db = (a & 0xff) - (b & 0xff);
        return dr * dr + dg * dg + db * db < 12 * 12;
    }

    private static BufferedImage rescale(BufferedImage source, float red, float green, float blue) {
        return new RescaleOp(new float[] {red, green, blue}, new float[] {0, 0, 0}, null).filter(source, null);
    }

    private static BufferedImage contrast(BufferedImage source) {
        float factor = 1.3f;
        float offset = 128 * (1 - factor);
        return new RescaleOp(new float[] {factor, factor, factor}, new float[] {offset, offset, offset}, null)
                .filter(source, null);
    }

    private static BufferedImage grayscale(BufferedImage source) {
        BufferedImage gray = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
        new ColorConvertOp(java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_GRAY), null)
                .filter(source, gray);
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

    /** A 65 % crop around the face, scaled back to the original size. */
    private static BufferedImage zoomOnFace(BufferedImage source) {
        int w = source.getWidth();
        int h = source.getHeight();
        int cw = (int) (w * 0.65);
        int ch = (int) (h * 0.65);
        int x = (int) Math.max(0, Math.min(w - cw, w * FACE_X - cw / 2.0));
        int y = (int) Math.max(0, Math.min(h - ch, h * FACE_Y - ch / 2.0));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(source, 0, 0, w, h, x, y, x + cw, y + ch, null);
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
