package io.ugcbot.gateway.telegram;

import io.ugcbot.gateway.conversation.Conversation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Where updates land, whichever way they came. A failing update is logged and skipped rather than retried forever:
 * the user can simply tap or type again, and the rest of the queue keeps moving.
 */
@Component
public class UpdateIntake {

    private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

    private final Conversation conversation;
    private final BotApi bot;

    UpdateIntake(Conversation conversation, BotApi bot) {
        this.conversation = conversation;
        this.bot = bot;
    }

    public void accept(Update update) {
        try {
            conversation.handle(update);
        } catch (RuntimeException e) {
            log.error("Update {} could not be handled: {}", update.getUpdateId(), bot.mask(e.toString()), e);
        } finally {
            if (update.hasCallbackQuery()) {
                bot.answerCallback(update.getCallbackQuery().getId());
            }
        }
    }
}
