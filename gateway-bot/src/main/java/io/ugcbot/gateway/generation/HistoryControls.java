package io.ugcbot.gateway.generation;

import io.ugcbot.gateway.chat.Action;
import io.ugcbot.gateway.chat.ButtonHandler;
import io.ugcbot.gateway.chat.Chat;
import io.ugcbot.gateway.chat.CommandHandler;
import io.ugcbot.gateway.chat.Tap;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/** "My videos": the pages of the history, and each ready video again or as a download link. */
@Component
class HistoryControls implements ButtonHandler, CommandHandler {

    private final History history;

    HistoryControls(History history) {
        this.history = history;
    }

    @Override
    public Set<Action> actions() {
        return Set.of(Action.HISTORY, Action.HISTORY_PAGE, Action.AGAIN, Action.LINK);
    }

    @Override
    public void tapped(Chat chat, Tap tap) {
        switch (tap.action()) {
            case HISTORY -> history.show(chat.userId(), 0, null);
            case HISTORY_PAGE -> history.show(chat.userId(), page(tap.argument()), chat.messageId());
            case AGAIN -> history.sendAgain(chat.userId(), tap.argument());
            case LINK -> history.requestLink(chat.userId(), tap.argument());
            default -> throw new IllegalArgumentException(tap.action().name());
        }
    }

    @Override
    public List<String> commands() {
        return List.of("/history");
    }

    @Override
    public List<String> listed() {
        return commands();
    }

    @Override
    public void command(Chat chat, String command, String argument) {
        history.show(chat.userId(), 0, null);
    }

    private static int page(String argument) {
        try {
            return Math.max(0, Integer.parseInt(argument));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
