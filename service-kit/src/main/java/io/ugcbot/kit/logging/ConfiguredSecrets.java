package io.ugcbot.kit.logging;

import org.springframework.core.env.Environment;

import java.util.List;

/**
 * Registers every secret a service may be configured with for masking, whichever service this is: the bot token
 * (gateway, and storage-service, which fetches users' uploads with it), provider keys, the admin API key, the webhook
 * secret and the infrastructure's passwords. Missing properties are skipped.
 */
public final class ConfiguredSecrets {

    private static final List<String> TOKENS = List.of("gateway.telegram.token", "storage.telegram.token");
    private static final List<String> OTHER_SECRETS = List.of("gateway.telegram.webhook-secret",
            "credits.admin-api-key", "tts.elevenlabs.api-key", "edit.fal.key", "edit.openai.key", "video.fal.key",
            "ugc.s3.secret-key", "spring.datasource.password");

    private ConfiguredSecrets() {
    }

    public static void registerAll(Environment environment) {
        TOKENS.forEach(name -> SecretMasker.register(environment.getProperty(name), SecretMasker.TOKEN_LABEL));
        OTHER_SECRETS.forEach(name -> SecretMasker.register(environment.getProperty(name), SecretMasker.SECRET_LABEL));
    }
}
