package io.ugcbot.gateway.updates;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ugcbot.gateway.GatewayProperties;
import io.ugcbot.kit.web.BoundedBody;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Webhook updates, mapped only in webhook mode ({@code WEBHOOK_URL} set): with long polling the path does not exist.
 * Telegram sends the secret token in a header on every call; a call without it is refused before a byte of its body
 * is read, and a body larger than any update is refused without being buffered. Parsed with the Telegram library's
 * own (Jackson 2) model, since its webhook module targets another stack.
 */
@RestController
@ConditionalOnExpression("!'${gateway.telegram.webhook-url:}'.isBlank()")
class WebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    /** Updates are kilobytes; a message with a long text and entities stays far below this. */
    static final int MAX_UPDATE_BYTES = 256 * 1024;

    private static final ObjectMapper TELEGRAM_JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final byte[] secret;
    private final UpdateIntake intake;

    WebhookController(GatewayProperties properties, UpdateIntake intake) {
        this.secret = properties.telegram().webhookSecret().getBytes(StandardCharsets.UTF_8);
        this.intake = intake;
    }

    @PostMapping("/telegram/webhook")
    void receive(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!matches(request.getHeader(SECRET_HEADER))) {
            BoundedBody.refuse(response, HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        Optional<byte[]> body = BoundedBody.read(request, MAX_UPDATE_BYTES);
        if (body.isEmpty()) {
            BoundedBody.refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        Update update;
        try {
            update = TELEGRAM_JSON.readValue(body.get(), Update.class);
        } catch (IOException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        // a dependency away: Telegram sends the update again later
        response.setStatus(intake.acceptOnce(update) ? HttpServletResponse.SC_OK
                : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    private boolean matches(String given) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), secret);
    }
}
