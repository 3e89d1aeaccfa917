package io.ugcbot.events.gateway;

import java.util.UUID;

/**
 * Telegram returned a Stars payment to the user at an admin's request: the ledger takes back what is left of that
 * purchase's credits.
 */
public record StarsPaymentRefunded(UUID paymentId, long userId, String chargeId, long adminId)
        implements GatewayEvent {

    @Override
    public String subject() {
        return paymentId.toString();
    }
}
