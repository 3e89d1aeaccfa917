package io.ugcbot.events.gateway;

import java.util.UUID;

/**
 * A user paid for a credits package in Telegram Stars. {@code paymentId} is derived from Telegram's
 * {@code telegram_payment_charge_id}, so however often Telegram reports the payment, it is one grant.
 *
 * @param credits what the package gives
 * @param stars   what the user paid (XTR, whole Stars)
 */
public record StarsPaymentReceived(UUID paymentId, long userId, String packageId, int credits, int stars,
                                   String chargeId) implements GatewayEvent {

    @Override
    public String subject() {
        return paymentId.toString();
    }
}
