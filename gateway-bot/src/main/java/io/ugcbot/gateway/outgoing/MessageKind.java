package io.ugcbot.gateway.outgoing;

/** What an outgoing row asks Telegram to do. */
public enum MessageKind {
    TEXT,
    PHOTO,
    AUDIO,
    VIDEO,
    EDIT_TEXT
}
