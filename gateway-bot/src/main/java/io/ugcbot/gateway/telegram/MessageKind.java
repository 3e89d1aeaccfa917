package io.ugcbot.gateway.telegram;

/** What an outgoing row asks Telegram to do. */
public enum MessageKind {
    TEXT,
    PHOTO,
    AUDIO,
    VIDEO,
    EDIT_TEXT,
    /** Replaces a sent message's photo (a gallery's page), with caption and buttons. */
    EDIT_PHOTO,
    EDIT_AUDIO,
    /** An invoice in Telegram Stars; the row's text is the {@link Invoice} as JSON. */
    INVOICE;

    public boolean isMediaEdit() {
        return this == EDIT_PHOTO || this == EDIT_AUDIO;
    }
}
