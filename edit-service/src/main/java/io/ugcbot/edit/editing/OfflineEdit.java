package io.ugcbot.edit.editing;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.UnaryOperator;

/** One edit the offline editor can make, the words (Russian and English) that ask for it, and its name for users. */
record OfflineEdit(String name, List<String> triggers, UnaryOperator<BufferedImage> apply) {

    boolean isAskedFor(String prompt) {
        String lower = prompt.toLowerCase(java.util.Locale.ROOT);
        return triggers.stream().anyMatch(lower::contains);
    }
}
