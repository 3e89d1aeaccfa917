package io.ugcbot.gateway.chat;

import io.ugcbot.gateway.telegram.BotApi;
import io.ugcbot.gateway.telegram.BotApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

import java.util.List;

/**
 * Registers the commands users see in Telegram's menu (setMyCommands), in English for everyone and in Russian for
 * Russian clients, from what the features registered. Best effort: without it the commands still work, typed.
 */
@Component
class CommandMenu {

    private static final Logger log = LoggerFactory.getLogger(CommandMenu.class);
    /** Telegram's languages with their own menu; everyone else gets the default (English). */
    private static final List<String> LANGUAGES = List.of("ru");

    private final ChatRouter router;
    private final BotApi bot;
    private final Texts texts;

    CommandMenu(ChatRouter router, BotApi bot, Texts texts) {
        this.router = router;
        this.bot = bot;
        this.texts = texts;
    }

    @EventListener(ApplicationReadyEvent.class)
    void register() {
        try {
            bot.setCommands(null, commands("en"));
            for (String language : LANGUAGES) {
                bot.setCommands(language, commands(language));
            }
        } catch (BotApiException | RuntimeException e) {
            log.warn("The command menu could not be registered with Telegram: {}", bot.mask(e.getMessage()));
        }
    }

    List<BotCommand> commands(String language) {
        return router.listedCommands().stream().map(command -> new BotCommand(command.substring(1),
                texts.in(language, "command." + command.substring(1)))).toList();
    }
}
