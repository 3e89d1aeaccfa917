package io.ugcbot.gateway.feedback;

import io.ugcbot.gateway.chat.Action;
import io.ugcbot.gateway.chat.ButtonHandler;
import io.ugcbot.gateway.chat.Chat;
import io.ugcbot.gateway.chat.CommandHandler;
import io.ugcbot.gateway.chat.Tap;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/** "Write to us" as a button and as /feedback. */
@Component
class FeedbackControls implements ButtonHandler, CommandHandler {

    private final FeedbackDesk desk;

    FeedbackControls(FeedbackDesk desk) {
        this.desk = desk;
    }

    @Override
    public Set<Action> actions() {
        return Set.of(Action.FEEDBACK);
    }

    @Override
    public void tapped(Chat chat, Tap tap) {
        desk.ask(chat.userId());
    }

    @Override
    public List<String> commands() {
        return List.of("/feedback");
    }

    @Override
    public List<String> listed() {
        return commands();
    }

    @Override
    public void command(Chat chat, String command, String argument) {
        desk.ask(chat.userId());
    }
}
