package io.ugcbot.gateway.credits;

import io.ugcbot.gateway.chat.Action;
import io.ugcbot.gateway.chat.ButtonHandler;
import io.ugcbot.gateway.chat.Chat;
import io.ugcbot.gateway.chat.CommandHandler;
import io.ugcbot.gateway.chat.Tap;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/** The balance and asking for credits, from any step: neither touches the video being made. */
@Component
class CreditsControls implements ButtonHandler, CommandHandler {

    private final CreditStatement statement;
    private final TopUpRequests topUps;

    CreditsControls(CreditStatement statement, TopUpRequests topUps) {
        this.statement = statement;
        this.topUps = topUps;
    }

    @Override
    public Set<Action> actions() {
        return Set.of(Action.BALANCE, Action.TOP_UP);
    }

    @Override
    public void tapped(Chat chat, Tap tap) {
        if (tap.action() == Action.BALANCE) {
            statement.show(chat.userId());
        } else {
            topUps.request(chat.userId(), chat.firstName());
        }
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
