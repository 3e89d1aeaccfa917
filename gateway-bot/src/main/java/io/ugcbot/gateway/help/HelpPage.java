package io.ugcbot.gateway.help;

import io.ugcbot.gateway.GatewayProperties;
import io.ugcbot.gateway.chat.Action;
import io.ugcbot.gateway.chat.ButtonHandler;
import io.ugcbot.gateway.chat.Chat;
import io.ugcbot.gateway.chat.CommandHandler;
import io.ugcbot.gateway.chat.Menus;
import io.ugcbot.gateway.chat.Tap;
import io.ugcbot.gateway.chat.Texts;
import io.ugcbot.gateway.outgoing.Outgoing;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * /help with the FAQ (what the bot does, prices, limits, how to pay, how to reach the team), its figures taken from
 * the configuration so the page never quotes a stale price; and /paysupport, which Telegram requires of a bot that
 * takes payments.
 */
@Component
class HelpPage implements ButtonHandler, CommandHandler {

    private final GatewayProperties properties;
    private final Outgoing outgoing;
    private final Texts texts;
    private final Menus menus;

    HelpPage(GatewayProperties properties, Outgoing outgoing, Texts texts, Menus menus) {
        this.properties = properties;
        this.outgoing = outgoing;
        this.texts = texts;
        this.menus = menus;
    }

    @Override
    public Set<Action> actions() {
        return Set.of(Action.HELP);
    }

    @Override
    public void tapped(Chat chat, Tap tap) {
        help(chat.userId());
    }

    @Override
    public List<String> commands() {
        return List.of("/help", "/paysupport");
    }

    @Override
    public List<String> listed() {
        return commands();
    }

    @Override
    public void command(Chat chat, String command, String argument) {
        if (command.equals("/paysupport")) {
            outgoing.text(chat.userId(), null, texts.get(chat.userId(), "paysupport"), menus.main(chat.userId()));
        } else {
            help(chat.userId());
        }
    }

    private void help(long userId) {
        GatewayProperties.Prices prices = properties.prices();
        outgoing.text(userId, null, texts.get(userId, "help", prices.talkingHead(), prices.square(),
                prices.landscape(), prices.background(), properties.maxPaidCallsPerHour()), menus.main(userId));
    }
}
