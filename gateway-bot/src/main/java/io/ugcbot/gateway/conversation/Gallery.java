package io.ugcbot.gateway.conversation;

/** The two galleries that page in place; a page button's argument is the gallery's prefix and the page number. */
enum Gallery {
    CHARACTERS("c"),
    VOICES("v");

    private final String prefix;

    Gallery(String prefix) {
        this.prefix = prefix;
    }

    String prefix() {
        return prefix;
    }

    /** The page button's argument: {@code c3}. */
    String page(int page) {
        return prefix + page;
    }

    /** The page number of a page button's argument, or 0 when it carries none that reads. */
    static int pageOf(String argument) {
        try {
            return Math.max(0, Integer.parseInt(argument.substring(1)));
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
