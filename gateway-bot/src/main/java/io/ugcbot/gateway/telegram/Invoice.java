package io.ugcbot.gateway.telegram;

/**
 * An invoice in Telegram Stars: one price line, whole Stars. {@code payload} comes back in the pre-checkout query
 * and the successful payment; Telegram allows 1–128 bytes and never shows it to the user.
 */
public record Invoice(String title, String description, String payload, String priceLabel, int stars) {
}
