package io.ugcbot.events.gateway;

/** The talking head's frame: 9:16 for stories and reels, 1:1 for feeds, 16:9 for players. */
public enum Orientation {
    PORTRAIT, SQUARE, LANDSCAPE
}
