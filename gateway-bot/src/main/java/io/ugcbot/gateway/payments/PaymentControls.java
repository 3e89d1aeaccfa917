package io.ugcbot.gateway.payments;

import io.ugcbot.gateway.GatewayProperties;
import io.ugcbot.gateway.GatewayProperties.StarPackage;
import io.ugcbot.gateway.chat.Action;
import io.ugcbot.gateway.chat.ButtonHandler;
import io.ugcbot.gateway.chat.Chat;
import io.ugcbot.gateway.chat.Menus;
import io.ugcbot.gateway.chat.Tap;
import io.ugcbot.gateway.chat.Texts;
import io.ugcbot.gateway.credits.TopUpRequests;
import io.ugcbot.gateway.outgoing.Outgoing;
import io.ugcbot.gateway.telegram.Invoice;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/**
 * "💳 Top up" offers the Stars packages; a package tapped becomes an invoice. From any step: buying never touches
 * the video being made. Without packages, the team is asked instead.
 */
@Component
class PaymentControls implements ButtonHandler {

    private final GatewayProperties properties;
    private final TopUpRequests topUps;
    private final Outgoing outgoing;
    private final Texts texts;
    private final Menus menus;

    PaymentControls(GatewayProperties properties, TopUpRequests topUps, Outgoing outgoing, Texts texts, Menus menus) {
        this.properties = properties;
        this.topUps = topUps;
        this.outgoing = outgoing;
        this.texts = texts;
        this.menus = menus;
    }

    @Override
    public Set<Action> actions() {
        return Set.of(Action.TOP_UP, Action.BUY);
    }

    @Override
    public void tapped(Chat chat, Tap tap) {
        long userId = chat.userId();
        if (properties.starsPackages().isEmpty()) {
            topUps.request(userId, chat.firstName());
        } else if (tap.action() == Action.TOP_UP) {
            outgoing.text(userId, null, texts.get(userId, "stars.packages"), properties.starsPackages().stream()
                    .map(pack -> List.of(Action.BUY.button(texts.get(userId, "button.stars.package", pack.credits(),
                            pack.stars()), pack.id())))
                    .toList());
        } else {
            properties.starsPackage(tap.argument()).ifPresentOrElse(pack -> invoice(userId, pack),
                    () -> outgoing.text(userId, null, texts.get(userId, "stars.package.gone"),
                            menus.mainWithTopUp(userId)));
        }
    }

    private void invoice(long userId, StarPackage pack) {
        outgoing.invoice(userId, null, new Invoice(texts.get(userId, "stars.invoice.title", pack.credits()),
                texts.get(userId, "stars.invoice.description", pack.credits()),
                new StarsPayload(pack, userId).encode(),
                texts.get(userId, "stars.invoice.label", pack.credits()), pack.stars()));
    }
}
