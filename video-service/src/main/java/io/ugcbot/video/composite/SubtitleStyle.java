package io.ugcbot.video.composite;

/** How subtitles look: a few words at a time, or the same with the spoken word highlighted. */
public enum SubtitleStyle {
    PLAIN,
    WORD_HIGHLIGHT
}
