package io.ugcbot.gateway.credits;

import io.ugcbot.gateway.chat.Action;
import io.ugcbot.gateway.chat.ButtonHandler;
import io.ugcbot.gateway.chat.Chat;
import io.ugcbot.gateway.chat.CommandHandler;
import io.ugcbot.gateway.chat.Tap;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/** The balance, from any step: it does not touch the video being made. "Top up" is payments'. */
@Component
class CreditsControls implements ButtonHandler, CommandHandler {

    private final CreditStatement statement;

    CreditsControls(CreditStatement statement) {
        this.statement = statement;
    }

    @Override
    public Set<Action> actions() {
        return Set.of(Action.BALANCE);
    }

    @Override
    public void tapped(Chat chat, Tap tap) {
        statement.show(chat.userId());
    }

    @Override
    public List<String> commands() {
        return List.of("/balance");
    }

    @Override
    public List<String> listed() {
        return commands();
    }

    @Override
    public void command(Chat chat, String command, String argument) {
        statement.show(chat.userId());
    }
}
