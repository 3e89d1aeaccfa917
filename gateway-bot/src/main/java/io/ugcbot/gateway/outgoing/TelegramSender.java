package io.ugcbot.gateway.outgoing;

import io.ugcbot.gateway.telegram.Button;
import io.ugcbot.gateway.telegram.Invoice;
import io.ugcbot.gateway.telegram.MessageKind;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.ugcbot.events.AssetRef;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.gateway.GatewayProperties;
import io.ugcbot.gateway.telegram.BotApi;
import io.ugcbot.gateway.telegram.BotApi.Delivery;
import io.micrometer.core.instrument.MeterRegistry;
import io.ugcbot.gateway.telegram.BotApiException;
import io.ugcbot.kit.KitProperties;
import io.ugcbot.kit.outage.DependencyFailures;
import io.ugcbot.kit.worker.WakeableWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
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
 * Drains the Telegram outbox: in order per chat, within the bot's rate limit, honouring 429 retry-after.
 * <p>
 * Each message is sent and marked in a transaction of its own, so one message's failure never undoes or repeats
 * another's (a batch in one transaction once sent delivered messages again every round while one row kept failing).
 * A failing message is retried with a doubling wait and given up after {@value #MAX_ATTEMPTS} attempts, or at once when
 * it can never succeed (Telegram refused it, its file is gone); a later message of the same chat waits for it, so a
 * chat's order holds. A file id Telegram no longer knows is forgotten and the file uploaded again, once. One sender per
 * deployment sends at a time (a transaction-scoped advisory lock taken per message), like the Kafka relay.
 * <p>
 * A message Telegram took whose "sent" mark could not be committed (the database went away between the two) is kept in
 * memory and marked once the database is back, never sent again: the chaos drill caught a video delivered twice that
 * way. Only this process dying inside such an outage can still repeat a message (Telegram has no idempotency key).
 * <p>
 * An edit with a newer edit of the same message queued behind it is settled as SUPERSEDED without a call.
 */
@Component
public class TelegramSender extends WakeableWorker {

    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);
    private static final int BATCH = 50;
    static final int MAX_ATTEMPTS = 8;
    private static final TypeReference<List<List<Button>>> BUTTONS = new TypeReference<>() { };

    /** What became of one message this round. */
    private enum Result { SETTLED, WAITING, ANOTHER_SENDER }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final BotApi bot;
    private final MessageCodec codec;
    private final Clock clock;
    private final RateLimiter rateLimiter;
    private final ApplicationEventPublisher events;
    private final long lockKey;
    private final MeterRegistry meters;
    /** Delivered by Telegram, not yet marked sent in the database: by outgoing message id. */
    private final java.util.Map<Long, Delivery> deliveredUnmarked = new java.util.concurrent.ConcurrentHashMap<>();

    TelegramSender(JdbcClient jdbc, TransactionTemplate transactions, BotApi bot, MessageCodec codec, Clock clock,
                   GatewayProperties properties, KitProperties kit, ApplicationEventPublisher events,
                   MeterRegistry meters) {
        super("telegram-sender", properties.telegram().sendPollInterval());
        this.meters = meters;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.bot = bot;
        this.codec = codec;
        this.clock = clock;
        this.events = events;
        this.lockKey = ("telegram-sender:" + kit.schema()).hashCode();
        this.rateLimiter = RateLimiter.of("telegram", RateLimiterConfig.custom()
                .limitForPeriod(properties.telegram().messagesPerSecond())
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ofSeconds(30))
                .build());
    }

    /** Sends what is due; returns how many messages it settled (sent or given up). */
    int sendDue() {
        if (!markDeliveredOnes()) {
            return 0;
        }
        List<QueuedMessage> due = jdbc.sql("""
                        select id, chat_id, kind, target_key, text, buttons, asset, attempts, dedup_key
                        from outgoing_message where status = 'PENDING' and next_attempt_at <= :now
                        order by id limit :limit""")
                .param("now", Timestamp.from(clock.instant())).param("limit", BATCH)
                .query(this::queuedMessage).list();
        Set<Long> heldBack = new HashSet<>();
        int settled = 0;
        for (QueuedMessage message : due) {
            if (heldBack.contains(message.chatId())) {
                continue;
            }
            switch (sendOne(message)) {
                case SETTLED -> settled++;
                case WAITING -> heldBack.add(message.chatId());
                case ANOTHER_SENDER -> {
                    return settled;
                }
            }
        }
        return settled;
    }

    private Result sendOne(QueuedMessage message) {
        RateLimiter.waitForPermission(rateLimiter);
        try {
            Result result = transactions.execute(status -> {
                if (!jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", lockKey)
                        .query(Boolean.class).single()) {
                    return Result.ANOTHER_SENDER;
                }
                // read again under the lock: another instance may have sent it, or an earlier message of the chat
                // may still be waiting (then this one waits too: a chat's messages arrive in order)
                Long first = jdbc.sql("""
                                select min(id) from outgoing_message where chat_id = :chat and status = 'PENDING'""")
                        .param("chat", message.chatId()).query(Long.class).single();
                if (first == null || first != message.id()) {
                    return first == null || first > message.id() ? Result.SETTLED : Result.WAITING;
                }
                return deliver(message);
            });
            deliveredUnmarked.remove(message.id());
            return result;
        } catch (RuntimeException e) {
            if (deliveredUnmarked.containsKey(message.id())) {
                log.warn("Message {} to chat {} was delivered but could not be marked sent ({}); marking it later, "
                        + "not sending it again", message.id(), message.chatId(), bot.mask(e.toString()));
                return Result.WAITING;
            }
            // nothing was marked (S3 could not give the file, or the database failed): count the attempt on its own
            failedWithoutAnswer(message, e);
            return Result.WAITING;
        }
    }

    private Result deliver(QueuedMessage message) {
        Optional<Integer> target = Optional.empty();
        boolean edit = message.kind() == MessageKind.EDIT_TEXT || message.kind().isMediaEdit();
        if (edit && supersededByALaterEdit(message)) {
            jdbc.sql("update outgoing_message set status = 'SUPERSEDED' where id = :id").param("id", message.id())
                    .update();
            sends(message, "superseded");
            return Result.SETTLED;
        }
        if (message.kind() == MessageKind.EDIT_TEXT || message.kind().isMediaEdit()) {
            target = sentMessageId(message.targetKey());
            if (target.isEmpty()) {
                return targetMissing(message);
            }
        }
        try {
            Delivery delivery = switch (message.kind()) {
                case TEXT -> bot.sendText(message.chatId(), message.text(), message.buttons());
                case INVOICE -> bot.sendInvoice(message.chatId(), codec.json().readValue(message.text(), Invoice.class));
                case EDIT_TEXT -> bot.editText(message.chatId(), target.get(), message.text(), message.buttons());
                case PHOTO, AUDIO, VIDEO -> sendMedia(message);
                case EDIT_PHOTO, EDIT_AUDIO -> bot.editMedia(message.chatId(), target.get(), message.kind(),
                        message.asset(), uploadedFileId(message.asset()).orElse(null), message.text(),
                        message.buttons());
            };
            sends(message, "sent");
            // remembered until the mark below commits (sendOne forgets it then): should the commit fail, the next
            // round marks it instead of sending it again
            deliveredUnmarked.put(message.id(), delivery);
            markSent(message.id(), delivery);
            return Result.SETTLED;
        } catch (BotApiException e) {
            sends(message, e.retryAfter().isPresent() ? "rate_limited" : "refused");
            return refused(message, e);
        }
    }

    private void markSent(long id, Delivery delivery) {
        jdbc.sql("""
                        update outgoing_message set status = 'SENT', sent_at = :now, telegram_message_id = :mid,
                               telegram_file_id = :fid, attempts = attempts + 1, error = null
                        where id = :id and status = 'PENDING'""")
                .param("now", Timestamp.from(clock.instant())).param("mid", delivery.messageId())
                .param("fid", delivery.fileId()).param("id", id).update();
    }

    /**
     * Marks the messages Telegram took while the database could not record it; false while it still cannot (then
     * nothing else is sent: the chats' order and the marks come first).
     */
    private boolean markDeliveredOnes() {
        for (var unmarked : deliveredUnmarked.entrySet()) {
            try {
                transactions.executeWithoutResult(status -> markSent(unmarked.getKey(), unmarked.getValue()));
                deliveredUnmarked.remove(unmarked.getKey());
                log.info("Message {} delivered during a database outage is marked sent now", unmarked.getKey());
            } catch (RuntimeException stillAway) {
                return false;
            }
        }
        return true;
    }

    /**
     * A newer edit of the same message is queued: only the newest state is worth one of the bot's ~25 calls a second
     * (progress edits pile up behind other chats' messages exactly when the bot is busiest).
     */
    private boolean supersededByALaterEdit(QueuedMessage message) {
        return jdbc.sql("""
                        select exists (select 1 from outgoing_message where chat_id = :chat and status = 'PENDING'
                                       and kind = :kind and target_key = :target and id > :id)""")
                .param("chat", message.chatId()).param("kind", message.kind().name()).param("target", message.targetKey()).param("id", message.id())
                .query(Boolean.class).single();
    }

    /**
     * {@code ugc.telegram.sends{kind,outcome}}: sent, rate_limited (a 429 with retry-after), refused, or superseded (an
     * edit a newer edit of the same message made pointless).
     */
    private void sends(QueuedMessage message, String outcome) {
        meters.counter("ugc.telegram.sends", "kind", message.kind().name(), "outcome", outcome).increment();
    }

    /** By the file id Telegram gave for the same asset before; by upload when it has none or no longer knows it. */
    private Delivery sendMedia(QueuedMessage message) throws BotApiException {
        Optional<String> cached = uploadedFileId(message.asset());
        if (cached.isPresent()) {
            try {
                return bot.sendMedia(message.chatId(), message.kind(), message.asset(), cached.get(), message.text(),
                        message.buttons());
            } catch (BotApiException e) {
                if (!e.refusesFileId()) {
                    throw e;
                }
                log.info("Telegram no longer knows file id of {}; uploading it again", message.asset().key());
                jdbc.sql("update outgoing_message set telegram_file_id = null where asset_key = :key and "
                                + "telegram_file_id = :fid").param("key", assetKey(message.asset()))
                        .param("fid", cached.get()).update();
            }
        }
        return bot.sendMedia(message.chatId(), message.kind(), message.asset(), null, message.text(),
                message.buttons());
    }

    private Result refused(QueuedMessage message, BotApiException e) {
        if (e.isPermanent() || message.attempts() + 1 >= MAX_ATTEMPTS) {
            giveUp(message, e.getMessage(), !e.isChatClosed());
            return Result.SETTLED;
        }
        defer(message, e.retryAfter().orElse(backoff(message)), e.getMessage());
        return Result.WAITING;
    }

    /** A failure before Telegram answered: the file could not be read, or the database failed mid-way. */
    private void failedWithoutAnswer(QueuedMessage message, RuntimeException e) {
        String reason = bot.mask(e.toString());
        boolean hopeless = DependencyFailures.isMissingObject(e);
        try {
            transactions.executeWithoutResult(status -> {
                if (hopeless || message.attempts() + 1 >= MAX_ATTEMPTS) {
                    giveUp(message, reason, true);
                } else {
                    defer(message, backoff(message), reason);
                }
            });
        } catch (RuntimeException unrecorded) {
            // the database is away too: the row stays as it was and is tried again when it is back
            log.warn("Message {} to chat {} failed ({}) and could not be recorded: {}", message.id(),
                    message.chatId(), reason, bot.mask(unrecorded.toString()));
        }
    }

    private void giveUp(QueuedMessage message, String reason, boolean tellUser) {
        log.warn("Message {} to chat {} given up after {} attempt(s): {}", message.id(), message.chatId(),
                message.attempts() + 1, reason);
        jdbc.sql("update outgoing_message set status = 'FAILED', attempts = attempts + 1, error = :error "
                + "where id = :id").param("error", reason).param("id", message.id()).update();
        if (tellUser && message.asset() != null) {
            events.publishEvent(new MessageUndeliverable(message.id(), message.chatId(), message.kind()));
        }
    }

    private void defer(QueuedMessage message, Duration wait, String reason) {
        log.info("Message {} to chat {} deferred by {}: {}", message.id(), message.chatId(), wait, reason);
        jdbc.sql("update outgoing_message set attempts = attempts + 1, next_attempt_at = :next, error = :error "
                        + "where id = :id")
                .param("next", Timestamp.from(clock.instant().plus(wait))).param("error", reason)
                .param("id", message.id()).update();
    }

    /** 1 s, 2 s, 4 s … 64 s: with {@value #MAX_ATTEMPTS} attempts a message outlasts about two minutes of outage. */
    private static Duration backoff(QueuedMessage message) {
        return Duration.ofSeconds(1L << Math.min(message.attempts(), 6));
    }

    /** An edit whose message failed for good is dropped; one whose message is still queued waits for it. */
    private Result targetMissing(QueuedMessage message) {
        String targetStatus = jdbc.sql("select status from outgoing_message where dedup_key = :key")
                .param("key", message.targetKey()).query(String.class).optional().orElse("FAILED");
        if ("FAILED".equals(targetStatus)) {
            jdbc.sql("update outgoing_message set status = 'FAILED', error = 'nothing to edit' where id = :id")
                    .param("id", message.id()).update();
            return Result.SETTLED;
        }
        return Result.WAITING;
    }

    /** Telegram keeps what was uploaded once: the same portrait or video is sent again by its file id. */
    private Optional<String> uploadedFileId(AssetRef asset) {
        return jdbc.sql("""
                        select telegram_file_id from outgoing_message
                        where asset_key = :key and telegram_file_id is not null order by id desc limit 1""")
                .param("key", assetKey(asset)).query(String.class).optional();
    }

    private static String assetKey(AssetRef asset) {
        return asset.bucket() + "/" + asset.key();
    }

    private Optional<Integer> sentMessageId(String dedupKey) {
        if (dedupKey.startsWith(Outgoing.SENT_MESSAGE)) {
            return Optional.of(Integer.parseInt(dedupKey.substring(Outgoing.SENT_MESSAGE.length())));
        }
        return jdbc.sql("select telegram_message_id from outgoing_message where dedup_key = :key and status = 'SENT'")
                .param("key", dedupKey).query(Integer.class).optional();
    }

    private QueuedMessage queuedMessage(ResultSet rs, int row) throws SQLException {
        String buttons = rs.getString("buttons");
        String asset = rs.getString("asset");
        return new QueuedMessage(rs.getLong("id"), rs.getLong("chat_id"), MessageKind.valueOf(rs.getString("kind")),
                rs.getString("target_key"), rs.getString("text"),
                buttons == null ? List.of() : codec.json().readValue(buttons, BUTTONS),
                asset == null ? null : codec.json().readValue(asset, AssetRef.class), rs.getInt("attempts"),
                rs.getString("dedup_key"));
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
