package io.ugcbot.gateway.outgoing;

import java.util.ArrayList;
import java.util.List;

/**
 * Telegram refuses a message text over 4,096 characters and a caption over 1,024 (counted in UTF-16 units, as Java
 * counts). Texts we send include what users and admins typed (feedback, replies, prompts), so every text is fitted
 * here rather than refused there: split into parts at a line or word break where one is near.
 */
public final class TelegramLimits {

    public static final int TEXT = 4096;
    public static final int CAPTION = 1024;

    private TelegramLimits() {
    }

    /** The text in parts of at most {@code limit} characters, each ending at a line or word break when possible. */
    public static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > limit) {
            int cut = breakBefore(rest, limit);
            parts.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        parts.add(rest);
        return parts;
    }

    /** Where to cut: the last line break, else the last space, in the final quarter; else exactly at the limit. */
    private static int breakBefore(String text, int limit) {
        int floor = limit * 3 / 4;
        int newline = text.lastIndexOf('\n', limit);
        if (newline >= floor) {
            return newline + 1;
        }
        int space = text.lastIndexOf(' ', limit);
        if (space >= floor) {
            return space + 1;
        }
        // never split a surrogate pair (an emoji) in two
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    /** At most {@code limit} characters: cut with an ellipsis (for an edit, which cannot become two messages). */
    public static String cut(String text, int limit) {
        if (text == null || text.length() <= limit) {
            return text;
        }
        return split(text, limit - 1).getFirst() + "…";
    }
}
