package io.ugcbot.gateway;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.Set;

/**
 * @param generationCost credits one video costs
 * @param telegram       how to reach Telegram; the token is a secret and is never logged
 * @param adminIds       Telegram ids allowed the admin commands ({@code ADMIN_IDS}, comma-separated)
 * @param feedbackChatId where users' feedback is forwarded ({@code ADMIN_FEEDBACK_CHAT_ID}); null: to every admin
 * @param maxPaidCallsPerHour paid provider calls (speech, edits, renders) one user may start in any hour
 *                       ({@code MAX_TASKS_PER_USER_PER_HOUR})
 */
@Validated
@ConfigurationProperties("gateway")
public record GatewayProperties(@Min(1) int generationCost, Telegram telegram, Set<Long> adminIds,
                                Long feedbackChatId, @Min(1) int maxPaidCallsPerHour) {

    public GatewayProperties {
        adminIds = adminIds == null ? Set.of() : Set.copyOf(adminIds);
    }

    /** The chats users' feedback goes to: the feedback chat when there is one, else every admin. */
    public Set<Long> feedbackChats() {
        return feedbackChatId != null ? Set.of(feedbackChatId) : adminIds;
    }

    /**
     * @param apiUrl        Bot API base URL: the real Telegram, a self-hosted Bot API server, or the local emulator
     * @param webhookUrl    when set, updates arrive by webhook at this public URL; otherwise by long polling
     * @param webhookSecret checked against {@code X-Telegram-Bot-Api-Secret-Token} on every webhook call
     * @param messagesPerSecond ceiling on outgoing messages (Telegram allows about 30 per second per bot)
     */
    public record Telegram(@NotBlank(message = "TELEGRAM_BOT_TOKEN must be set") String token, @NotBlank String apiUrl,
                           String webhookUrl, String webhookSecret, @Min(1) int messagesPerSecond,
                           Duration sendPollInterval) {

        public Telegram {
            // a webhook anyone can call would let anyone speak for any user; refuse to start rather than run open
            if (webhookUrl != null && !webhookUrl.isBlank() && (webhookSecret == null || webhookSecret.isBlank())) {
                throw new IllegalArgumentException("WEBHOOK_SECRET must be set when WEBHOOK_URL is");
            }
        }

        public boolean usesWebhook() {
            return webhookUrl != null && !webhookUrl.isBlank();
        }
    }
}
