package io.ugcbot.events;

/** When a word of the script is spoken, for subtitles. */
public record WordTiming(String word, long startMs, long endMs) {
}
