package io.ugcbot.gateway;

import io.ugcbot.events.gateway.Orientation;
import io.ugcbot.events.gateway.VideoFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * @param prices         credits a video costs, per format and frame, and when to ask twice
 * @param telegram       how to reach Telegram; the token is a secret and is never logged
 * @param adminIds       Telegram ids allowed the admin commands ({@code ADMIN_IDS}, comma-separated)
 * @param feedbackChatId where users' feedback is forwarded ({@code ADMIN_FEEDBACK_CHAT_ID}); null: to every admin
 * @param maxPaidCallsPerHour paid provider calls (speech, edits, renders) one user may start in any hour
 *                       ({@code MAX_TASKS_PER_USER_PER_HOUR})
 * @param starsPackages  credits a user can buy in Telegram Stars ({@code STARS_PACKAGES}, "credits:stars" pairs,
 *                       comma-separated); none: "Top up" asks the team instead
 * @param catalogManifestKey the S3 key (assets bucket) of the operator's character manifest
 *                       ({@code CATALOG_MANIFEST_KEY}); no object there: the painted demo characters
 */
@Validated
@ConfigurationProperties("gateway")
public record GatewayProperties(@Valid Prices prices, Telegram telegram, Set<Long> adminIds,
                                Long feedbackChatId, @Min(1) int maxPaidCallsPerHour,
                                List<StarPackage> starsPackages, @NotBlank String catalogManifestKey) {

    public GatewayProperties {
        adminIds = adminIds == null ? Set.of() : Set.copyOf(adminIds);
        starsPackages = starsPackages == null ? List.of() : List.copyOf(starsPackages);
    }

    /**
     * A package of credits sold for Telegram Stars. Its id names its content, so an invoice sent before the operator
     * changed the packages is refused at checkout rather than honoured at a price that no longer exists.
     */
    public record StarPackage(int credits, int stars) {

        public StarPackage {
            if (credits < 1 || stars < 1) {
                throw new IllegalArgumentException("a Stars package needs credits and Stars of at least 1, not "
                        + credits + ":" + stars);
            }
        }

        /** "10:50": 10 credits for 50 Stars. */
        public static StarPackage parse(String text) {
            String[] parts = text.strip().split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException("a Stars package is credits:stars, not " + text);
            }
            return new StarPackage(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
        }

        public String id() {
            return credits + "x" + stars;
        }
    }

    public Optional<StarPackage> starsPackage(String id) {
        return starsPackages.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The chats users' feedback goes to: the feedback chat when there is one, else every admin. */
    public Set<Long> feedbackChats() {
        return feedbackChatId != null ? Set.of(feedbackChatId) : adminIds;
    }

    /**
     * Credits per video. A video costing at least {@code highCostThreshold} asks a second confirmation (0: never).
     *
     * @param talkingHead the talking head in portrait ({@code PRICE_TALKING_HEAD}, by default {@code GENERATION_COST})
     * @param square      the talking head in a square frame ({@code PRICE_SQUARE})
     * @param landscape   the talking head in landscape ({@code PRICE_LANDSCAPE})
     * @param background  the talking head over the user's clip, with subtitles ({@code PRICE_BACKGROUND})
     */
    public record Prices(@Min(1) int talkingHead, @Min(1) int square, @Min(1) int landscape, @Min(1) int background,
                         @Min(0) int highCostThreshold) {

        public int of(VideoFormat format, Orientation orientation) {
            if (format == VideoFormat.BACKGROUND_OVERLAY) {
                return background;
            }
            return switch (orientation) {
                case PORTRAIT -> talkingHead;
                case SQUARE -> square;
                case LANDSCAPE -> landscape;
            };
        }

        public boolean isHigh(int cost) {
            return highCostThreshold > 0 && cost >= highCostThreshold;
        }

        /** The cheapest video: what the welcome and the help quote as "from". */
        public int cheapest() {
            return Math.min(Math.min(talkingHead, square), Math.min(landscape, background));
        }
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
