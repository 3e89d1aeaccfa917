package io.ugcbot.kit.logging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps secrets out of logs. The bot token is part of every Bot API URL, and provider keys ride in headers that an
 * HTTP client may log on failure. Every secret registered here (see {@link ConfiguredSecrets}) is replaced by a label
 * in every log line by the converters in {@code logback-spring.xml} ({@link MaskedMessageConverter},
 * {@link MaskedThrowableConverter}), whoever logged it; {@link #mask} does the same for text built by our own code.
 */
public class SecretMasker {

    static final String TOKEN_LABEL = "<bot-token>";
    static final String SECRET_LABEL = "<secret>";
    /** Shorter values (a local default such as "ugc") would mask ordinary words. */
    private static final int SHORTEST_MASKED = 8;
    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();

    private final String token;

    /** A masker for the bot token, which it also registers for every log line. */
    public SecretMasker(String token) {
        this.token = token;
        register(token, TOKEN_LABEL);
    }

    /** Registers another secret (a key, a password) to be masked in every log line. */
    public static void register(String secret, String label) {
        if (secret != null && secret.length() >= SHORTEST_MASKED) {
            SECRETS.put(secret, label);
        }
    }

    public String mask(String text) {
        if (text == null || token == null || token.isEmpty()) {
            return maskAll(text);
        }
        return maskAll(text.replace(token, TOKEN_LABEL));
    }

    /** Masks every secret registered in this JVM. */
    public static String maskAll(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (Map.Entry<String, String> secret : SECRETS.entrySet()) {
            masked = masked.replace(secret.getKey(), secret.getValue());
        }
        return masked;
    }
}
