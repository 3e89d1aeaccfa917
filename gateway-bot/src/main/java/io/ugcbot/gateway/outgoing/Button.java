package io.ugcbot.gateway.outgoing;

/** An inline keyboard button; Telegram allows at most 64 bytes of callback data. */
public record Button(String text, String callbackData) {
}
