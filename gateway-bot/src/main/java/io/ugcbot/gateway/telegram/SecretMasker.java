package io.ugcbot.gateway.telegram;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bot token is part of every Bot API URL. Anything the gateway logs about Telegram passes through {@link #mask},
 * and the log converters ({@code MaskedMessageConverter}, {@code MaskedThrowableConverter}) mask every registered
 * secret in every line, whoever logged it (the Telegram library and OkHttp included).
 */
public class SecretMasker {

    private static final String MASK = "<bot-token>";
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    private final String token;

    public SecretMasker(String token) {
        this.token = token;
        if (token != null && !token.isBlank()) {
            SECRETS.add(token);
        }
    }

    public String mask(String text) {
        if (text == null || token == null || token.isEmpty()) {
            return text;
        }
        return text.replace(token, MASK);
    }

    /** Masks every secret any masker in this JVM was given. */
    public static String maskAll(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : SECRETS) {
            masked = masked.replace(secret, MASK);
        }
        return masked;
    }
}
