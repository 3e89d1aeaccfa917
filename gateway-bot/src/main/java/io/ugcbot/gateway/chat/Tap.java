package io.ugcbot.gateway.chat;

/** A tapped button: what it asks for and its argument ("" for an action that takes none). */
public record Tap(Action action, String argument) {

    public static Tap of(Action action) {
        return new Tap(action, "");
    }
}
