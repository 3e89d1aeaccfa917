package io.ugcbot.events.gateway;

import io.ugcbot.events.Message;

/** Events of the Telegram edge, on {@code gateway.events}. */
public sealed interface GatewayEvent extends Message permits UserRegistered, GenerationRequested, StarsPaymentReceived,
        StarsPaymentRefunded {
}
