package io.ugcbot.events.gateway;

import java.time.Instant;

/** A Telegram user sent {@code /start} for the first time. */
public record UserRegistered(long userId, String username, String firstName, String languageCode,
                             Instant registeredAt) implements GatewayEvent {

    @Override
    public String subject() {
        return "user-" + userId;
    }
}
