package io.ugcbot.events.storage;

/** What a user's upload is for; it decides how the file is checked. */
public enum FilePurpose {
    BACKGROUND_VIDEO,
    CHARACTER_IMAGE
}
