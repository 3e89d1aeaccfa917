package io.ugcbot.gateway.telegram;

/** The bot token is part of every Bot API URL; anything logged about Telegram passes through here first. */
public class SecretMasker {

    private final String token;

    public SecretMasker(String token) {
        this.token = token;
    }

    public String mask(String text) {
        if (text == null || token == null || token.isEmpty()) {
            return text;
        }
        return text.replace(token, "<bot-token>");
    }
}
