package io.ugcbot.gateway.telegram;

/** An inline keyboard button; Telegram allows at most 64 bytes of callback data. */
public record Button(String text, String callbackData) {
}
