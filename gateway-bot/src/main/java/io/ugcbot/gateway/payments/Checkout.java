package io.ugcbot.gateway.payments;

import io.ugcbot.gateway.GatewayProperties;
import io.ugcbot.gateway.chat.Texts;
import io.ugcbot.gateway.telegram.BotApi;
import io.ugcbot.gateway.telegram.BotApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.payments.PreCheckoutQuery;

import java.util.Optional;

/**
 * Answers Telegram's pre-checkout query, which must come within 10 seconds or the purchase is cancelled: so it is
 * answered here, from the update itself, checking only what needs no database (the package is still offered at this
 * price, in Stars, to this user). Nothing is granted here: only a successful payment grants.
 */
@Component
public class Checkout {

    private static final Logger log = LoggerFactory.getLogger(Checkout.class);

    private final GatewayProperties properties;
    private final BotApi bot;
    private final Texts texts;

    Checkout(GatewayProperties properties, BotApi bot, Texts texts) {
        this.properties = properties;
        this.bot = bot;
        this.texts = texts;
    }

    public void answer(PreCheckoutQuery query) {
        long userId = query.getFrom().getId();
        String refusal = refusal(query, userId).map(key -> texts.get(userId, key)).orElse(null);
        try {
            bot.answerPreCheckout(query.getId(), refusal);
        } catch (BotApiException e) {
            // too late or already answered: Telegram has cancelled the checkout and the user was charged nothing
            log.warn("Pre-checkout {} of user {} could not be answered: {}", query.getId(), userId, e.getMessage());
        }
    }

    /** Why the checkout cannot go on, as a message key; empty when it may. */
    private Optional<String> refusal(PreCheckoutQuery query, long userId) {
        Optional<StarsPayload> payload = StarsPayload.decode(query.getInvoicePayload());
        if (payload.isEmpty() || payload.get().userId() != userId || !BotApi.STARS.equals(query.getCurrency())) {
            return Optional.of("stars.checkout.invalid");
        }
        boolean offered = properties.starsPackages().contains(payload.get().pack());
        if (!offered || query.getTotalAmount() == null || query.getTotalAmount() != payload.get().pack().stars()) {
            return Optional.of("stars.package.gone");
        }
        return Optional.empty();
    }
}
