package io.ugcbot.gateway.chat;

import java.util.List;

/** A feature's answer to its own slash commands; runs in the transaction that claimed the update. */
public interface CommandHandler {

    /** The commands handled, with their slash: {@code /history}. */
    List<String> commands();

    /**
     * The commands shown in Telegram's menu (setMyCommands), each described by the text key
     * {@code command.<name>}; admin-only commands are left out.
     */
    default List<String> listed() {
        return List.of();
    }

    /**
     * Admin-only commands (for {@code ADMIN_IDS}) do not exist for anyone else: the router answers them as it answers
     * any unknown command, so their handlers never see such a user.
     */
    default boolean adminOnly() {
        return false;
    }

    /** @param argument what follows the command, stripped ("" when nothing does) */
    void command(Chat chat, String command, String argument);
}
