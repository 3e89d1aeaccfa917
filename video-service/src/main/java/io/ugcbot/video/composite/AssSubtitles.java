package io.ugcbot.video.composite;

import io.ugcbot.events.WordTiming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds an Advanced SubStation Alpha file from word timings: short lines of a few words, bottom-centred, white with
 * a dark outline; with {@link SubtitleStyle#WORD_HIGHLIGHT} the word being spoken is yellow.
 */
public final class AssSubtitles {

    private static final int MAX_WORDS = 4;
    private static final int MAX_CHARS = 22;
    private static final String HIGHLIGHT = "{\\c&H00FFFF&}";
    private static final String NORMAL = "{\\c&HFFFFFF&}";

    private AssSubtitles() {
    }

    public static String build(List<WordTiming> words, SubtitleStyle style, int width, int height, int marginBottom) {
        StringBuilder ass = new StringBuilder()
                .append("[Script Info]\nScriptType: v4.00+\nPlayResX: ").append(width)
                .append("\nPlayResY: ").append(height).append("\nWrapStyle: 2\n\n")
                .append("[V4+ Styles]\nFormat: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, "
                        + "BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, "
                        + "Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding\n")
                .append("Style: Default,DejaVu Sans,").append(height / 24)
                .append(",&H00FFFFFF,&H00FFFFFF,&H00000000,&H64000000,1,0,0,0,100,100,0,0,1,")
                .append(Math.max(2, height / 320)).append(",0,2,60,60,").append(marginBottom).append(",1\n\n")
                .append("[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n");
        for (List<WordTiming> line : lines(words)) {
            if (style == SubtitleStyle.PLAIN) {
                dialogue(ass, line.getFirst().startMs(), line.getLast().endMs(), text(line, -1));
            } else {
                for (int i = 0; i < line.size(); i++) {
                    long end = i + 1 < line.size() ? line.get(i + 1).startMs() : line.getLast().endMs();
                    dialogue(ass, line.get(i).startMs(), end, text(line, i));
                }
            }
        }
        return ass.toString();
    }

    private static List<List<WordTiming>> lines(List<WordTiming> words) {
        List<List<WordTiming>> lines = new ArrayList<>();
        List<WordTiming> current = new ArrayList<>();
        int chars = 0;
        for (WordTiming word : words) {
            if (!current.isEmpty() && (current.size() == MAX_WORDS || chars + word.word().length() > MAX_CHARS)) {
                lines.add(current);
                current = new ArrayList<>();
                chars = 0;
            }
            current.add(word);
            chars += word.word().length() + 1;
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        return lines;
    }

    private static String text(List<WordTiming> line, int highlighted) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < line.size(); i++) {
            if (i > 0) {
                text.append(' ');
            }
            String word = escape(line.get(i).word());
            text.append(i == highlighted ? HIGHLIGHT + word + NORMAL : word);
        }
        return text.toString();
    }

    private static void dialogue(StringBuilder ass, long startMs, long endMs, String text) {
        ass.append("Dialogue: 0,").append(time(startMs)).append(',').append(time(endMs))
                .append(",Default,,0,0,0,,").append(text).append('\n');
    }

    /** ASS times are h:mm:ss.cc (centiseconds). */
    static String time(long ms) {
        long cs = ms / 10;
        return String.format(Locale.ROOT, "%d:%02d:%02d.%02d", cs / 360_000, cs / 6_000 % 60, cs / 100 % 60, cs % 100);
    }

    /** Braces start override tags and backslashes escapes in ASS; a user's script must not inject either. */
    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("{", "(").replace("}", ")");
    }
}
