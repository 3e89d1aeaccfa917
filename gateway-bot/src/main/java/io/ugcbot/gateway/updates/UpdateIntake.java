package io.ugcbot.gateway.updates;

import io.ugcbot.gateway.conversation.Conversation;
import io.ugcbot.gateway.telegram.BotApi;
import io.ugcbot.kit.outage.DependencyFailures;
import io.ugcbot.kit.outage.OutageWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Where updates land, whichever way they came. An update that fails because the database is away is applied again
 * once it is back (a tap during an outage is late, not lost; the update inbox makes the retry harmless); one that
 * fails for any other reason is logged and skipped rather than retried forever: the user can simply tap or type again,
 * and the rest of the queue keeps moving.
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

    /** Long polling: waits out an outage here, so later updates are not fetched before this one is applied. */
    public void accept(Update update) {
        try {
            OutageWait.run("update " + update.getUpdateId(), () -> conversation.handle(update));
        } catch (RuntimeException e) {
            log.error("Update {} could not be handled: {}", update.getUpdateId(), bot.mask(e.toString()), e);
        } finally {
            answerCallback(update);
        }
    }

    /**
     * Webhook: false when a dependency is away, so the caller answers with an error and Telegram delivers the update
     * again later instead of a request thread waiting out the outage.
     */
    public boolean acceptOnce(Update update) {
        try {
            conversation.handle(update);
        } catch (RuntimeException e) {
            if (DependencyFailures.isOutage(e)) {
                log.warn("Update {} refused for now, a dependency is away: {}", update.getUpdateId(),
                        bot.mask(e.toString()));
                return false;
            }
            log.error("Update {} could not be handled: {}", update.getUpdateId(), bot.mask(e.toString()), e);
        }
        answerCallback(update);
        return true;
    }

    private void answerCallback(Update update) {
        if (update.hasCallbackQuery()) {
            bot.answerCallback(update.getCallbackQuery().getId());
        }
    }
}
