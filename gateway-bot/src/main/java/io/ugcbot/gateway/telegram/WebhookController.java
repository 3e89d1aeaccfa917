package io.ugcbot.gateway.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ugcbot.gateway.GatewayProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Webhook updates. Telegram sends the secret token in a header on every call; anything without it is refused before
 * parsing. Parsed with the Telegram library's own (Jackson 2) model, since its webhook module targets another stack.
 */
@RestController
class WebhookController {

    private static final ObjectMapper TELEGRAM_JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final GatewayProperties.Telegram settings;
    private final UpdateIntake intake;

    WebhookController(GatewayProperties properties, UpdateIntake intake) {
        this.settings = properties.telegram();
        this.intake = intake;
    }

    @PostMapping("/telegram/webhook")
    ResponseEntity<Void> receive(@RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false)
                                 String secret, @RequestBody String body) throws Exception {
        if (!settings.usesWebhook() || !matches(secret, settings.webhookSecret())) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        intake.accept(TELEGRAM_JSON.readValue(body, Update.class));
        return ResponseEntity.ok().build();
    }

    private static boolean matches(String given, String expected) {
        if (given == null || expected == null || expected.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
