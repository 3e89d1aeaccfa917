package io.ugcbot.edit.editing;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.UnaryOperator;

/** One edit the offline editor can make, the words (Russian and English) that ask for it, and its name for users. */
record OfflineEdit(String name, List<String> triggers, UnaryOperator<BufferedImage> apply) {

    /** {@code prompt} is already lower case. */
    boolean isAskedFor(String prompt) {
        return triggers.stream().anyMatch(prompt::contains);
    }
}
