package io.ugcbot.gateway.chat;

import java.util.Set;

/** A feature's answer to its own buttons; runs in the transaction that claimed the update. */
public interface ButtonHandler {

    Set<Action> actions();

    void tapped(Chat chat, Tap tap);
}
