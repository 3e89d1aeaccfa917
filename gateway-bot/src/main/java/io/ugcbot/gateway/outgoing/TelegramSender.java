package io.ugcbot.gateway.outgoing;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.ugcbot.events.AssetRef;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.gateway.GatewayProperties;
import io.ugcbot.gateway.telegram.BotApi;
import io.ugcbot.gateway.telegram.BotApi.Delivery;
import io.ugcbot.gateway.telegram.BotApiException;
import io.ugcbot.kit.KitProperties;
import io.ugcbot.kit.worker.WakeableWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Drains the Telegram outbox: in order per chat, within the bot's rate limit, honouring 429 retry-after, retrying
 * transient failures with backoff and giving up on what Telegram refuses for good (recorded, never thrown at users).
 * One sender per deployment is active at a time (advisory lock), like the Kafka relay.
 */
@Component
public class TelegramSender extends WakeableWorker {

    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);
    private static final int BATCH = 50;
    private static final int MAX_ATTEMPTS = 8;
    private static final TypeReference<List<List<Button>>> BUTTONS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final BotApi bot;
    private final MessageCodec codec;
    private final Clock clock;
    private final RateLimiter rateLimiter;
    private final long lockKey;

    TelegramSender(JdbcClient jdbc, TransactionTemplate transactions, BotApi bot, MessageCodec codec, Clock clock,
                   GatewayProperties properties, KitProperties kit) {
        super("telegram-sender", properties.telegram().sendPollInterval());
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.bot = bot;
        this.codec = codec;
        this.clock = clock;
        this.lockKey = ("telegram-sender:" + kit.schema()).hashCode();
        this.rateLimiter = RateLimiter.of("telegram", RateLimiterConfig.custom()
                .limitForPeriod(properties.telegram().messagesPerSecond())
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ofSeconds(30))
                .build());
    }

    /** Sends what is due; returns how many rows it settled. */
    int sendDue() {
        Integer settled = transactions.execute(status -> {
            if (!jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", lockKey)
                    .query(Boolean.class).single()) {
                return 0;
            }
            List<QueuedMessage> due = jdbc.sql("""
                            select id, chat_id, kind, target_key, text, buttons, asset, attempts from outgoing_message
                            where status = 'PENDING' and next_attempt_at <= :now order by id limit :limit""")
                    .param("now", Timestamp.from(clock.instant())).param("limit", BATCH)
                    .query(this::queuedMessage).list();
            Set<Long> heldBack = new HashSet<>();
            int count = 0;
            for (QueuedMessage message : due) {
                if (heldBack.contains(message.chatId())) {
                    continue;
                }
                if (!send(message)) {
                    heldBack.add(message.chatId());
                } else {
                    count++;
                }
            }
            return count;
        });
        return settled == null ? 0 : settled;
    }

    /** Returns false when the message must wait, which also holds back the rest of its chat to keep order. */
    private boolean send(QueuedMessage message) {
        Optional<Integer> target = Optional.empty();
        if (message.kind() == MessageKind.EDIT_TEXT) {
            target = sentMessageId(message.targetKey());
            if (target.isEmpty()) {
                return targetMissing(message);
            }
        }
        RateLimiter.waitForPermission(rateLimiter);
        try {
            Delivery delivery = switch (message.kind()) {
                case TEXT -> bot.sendText(message.chatId(), message.text(), message.buttons());
                case EDIT_TEXT -> bot.editText(message.chatId(), target.get(), message.text());
                case PHOTO, AUDIO, VIDEO -> bot.sendMedia(message.chatId(), message.kind(), message.asset(),
                        uploadedFileId(message.asset()).orElse(null), message.text(), message.buttons());
            };
            jdbc.sql("""
                            update outgoing_message set status = 'SENT', sent_at = :now, telegram_message_id = :mid,
                                   telegram_file_id = :fid, attempts = attempts + 1 where id = :id""")
                    .param("now", Timestamp.from(clock.instant())).param("mid", delivery.messageId())
                    .param("fid", delivery.fileId()).param("id", message.id()).update();
            return true;
        } catch (BotApiException e) {
            return failed(message, e);
        }
    }

    private boolean failed(QueuedMessage message, BotApiException e) {
        if (e.isPermanent() || message.attempts() + 1 >= MAX_ATTEMPTS) {
            log.warn("Telegram refused message {} to chat {} for good: {}", message.id(), message.chatId(),
                    e.getMessage());
            jdbc.sql("update outgoing_message set status = 'FAILED', attempts = attempts + 1, error = :error "
                            + "where id = :id").param("error", e.getMessage()).param("id", message.id()).update();
            return true;
        }
        Duration wait = e.retryAfter().orElse(Duration.ofSeconds(1L << Math.min(message.attempts(), 6)));
        log.info("Telegram send of message {} deferred by {}: {}", message.id(), wait, e.getMessage());
        jdbc.sql("update outgoing_message set attempts = attempts + 1, next_attempt_at = :next, error = :error "
                        + "where id = :id")
                .param("next", Timestamp.from(clock.instant().plus(wait))).param("error", e.getMessage())
                .param("id", message.id()).update();
        return false;
    }

    /** An edit whose message failed for good is dropped; one whose message is still queued waits for it. */
    private boolean targetMissing(QueuedMessage message) {
        String targetStatus = jdbc.sql("select status from outgoing_message where dedup_key = :key")
                .param("key", message.targetKey()).query(String.class).optional().orElse("FAILED");
        if ("FAILED".equals(targetStatus)) {
            jdbc.sql("update outgoing_message set status = 'FAILED', error = 'nothing to edit' where id = :id")
                    .param("id", message.id()).update();
            return true;
        }
        return false;
    }

    /** Telegram keeps what was uploaded once: the same portrait or video is sent again by its file id. */
    private Optional<String> uploadedFileId(AssetRef asset) {
        return jdbc.sql("""
                        select telegram_file_id from outgoing_message
                        where asset_key = :key and telegram_file_id is not null limit 1""")
                .param("key", asset.bucket() + "/" + asset.key()).query(String.class).optional();
    }

    private Optional<Integer> sentMessageId(String dedupKey) {
        return jdbc.sql("select telegram_message_id from outgoing_message where dedup_key = :key and status = 'SENT'")
                .param("key", dedupKey).query(Integer.class).optional();
    }

    private QueuedMessage queuedMessage(ResultSet rs, int row) throws SQLException {
        String buttons = rs.getString("buttons");
        String asset = rs.getString("asset");
        return new QueuedMessage(rs.getLong("id"), rs.getLong("chat_id"), MessageKind.valueOf(rs.getString("kind")),
                rs.getString("target_key"), rs.getString("text"),
                buttons == null ? List.of() : codec.json().readValue(buttons, BUTTONS),
                asset == null ? null : codec.json().readValue(asset, AssetRef.class), rs.getInt("attempts"));
    }

    @Override
    protected boolean workOnce() {
        return sendDue() > 0;
    }

    @Override
    protected String describe(RuntimeException failure) {
        return bot.mask(failure.toString());
    }
}
