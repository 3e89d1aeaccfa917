package io.ugcbot.gateway.outgoing;

import io.ugcbot.events.AssetRef;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.gateway.telegram.Button;
import io.ugcbot.gateway.telegram.Invoice;
import io.ugcbot.gateway.telegram.MessageKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Queues messages for {@link TelegramSender}. A {@code dedupKey} names what caused the message ("video:&lt;id&gt;"):
 * the same key twice queues one message. Null keys are for replies to updates, which the update inbox already dedups.
 */
@Component
public class Outgoing {

    private final JdbcClient jdbc;
    private final MessageCodec codec;
    private final TelegramSender sender;
    private final Clock clock;

    Outgoing(JdbcClient jdbc, MessageCodec codec, TelegramSender sender, Clock clock) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.sender = sender;
        this.clock = clock;
    }

    /** A text longer than Telegram takes goes as several messages in order, the buttons under the last. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void text(long chatId, String dedupKey, String text, List<List<Button>> buttons) {
        textParts(chatId, dedupKey, TelegramLimits.split(text, TelegramLimits.TEXT), 1, buttons);
    }

    /** A caption longer than Telegram takes is cut at a break, and the rest follows as text under the media. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void media(long chatId, MessageKind kind, String dedupKey, AssetRef asset, String caption,
                      List<List<Button>> buttons) {
        if (caption == null || caption.length() <= TelegramLimits.CAPTION) {
            insert(chatId, kind, dedupKey, null, caption, buttons, asset);
            return;
        }
        List<String> parts = TelegramLimits.split(caption, TelegramLimits.CAPTION);
        insert(chatId, kind, dedupKey, null, parts.getFirst(), List.of(), asset);
        String rest = String.join("\n", parts.subList(1, parts.size()));
        textParts(chatId, dedupKey, TelegramLimits.split(rest, TelegramLimits.TEXT), 2, buttons);
    }

    /** Replaces the text of the message queued under {@code targetKey}, once that one has been sent. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void editText(long chatId, String dedupKey, String targetKey, String text) {
        insert(chatId, MessageKind.EDIT_TEXT, dedupKey, targetKey, TelegramLimits.cut(text, TelegramLimits.TEXT),
                List.of(), null);
    }

    /** Replaces the text and buttons of the message Telegram knows as {@code messageId}: a page turned in place. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void editText(long chatId, int messageId, String text, List<List<Button>> buttons) {
        insert(chatId, MessageKind.EDIT_TEXT, null, SENT_MESSAGE + messageId,
                TelegramLimits.cut(text, TelegramLimits.TEXT), buttons, null);
    }

    /**
     * Replaces the photo or audio of the message Telegram knows as {@code messageId} (the one whose button was
     * tapped), with a new caption and buttons: a gallery page turned in place.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void editMedia(long chatId, int messageId, MessageKind kind, AssetRef asset, String caption,
                          List<List<Button>> buttons) {
        insert(chatId, kind, null, SENT_MESSAGE + messageId, TelegramLimits.cut(caption, TelegramLimits.CAPTION),
                buttons, asset);
    }

    /** An invoice to pay in Stars; {@code dedupKey} as for any message. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void invoice(long chatId, String dedupKey, Invoice invoice) {
        insert(chatId, MessageKind.INVOICE, dedupKey, null, codec.json().writeValueAsString(invoice), List.of(), null);
    }

    /** A target key naming a Telegram message id itself rather than a queued message's dedup key. */
    static final String SENT_MESSAGE = "telegram-message:";

    /** Parts numbered from {@code first}; a part after the first has the dedup key {@code key#n}. */
    private void textParts(long chatId, String dedupKey, List<String> parts, int first,
                           List<List<Button>> buttons) {
        for (int i = 0; i < parts.size(); i++) {
            int number = first + i;
            String key = dedupKey == null || number == 1 ? dedupKey : dedupKey + "#" + number;
            insert(chatId, MessageKind.TEXT, key, null, parts.get(i), i == parts.size() - 1 ? buttons : List.of(),
                    null);
        }
    }

    private void insert(long chatId, MessageKind kind, String dedupKey, String targetKey, String text,
                        List<List<Button>> buttons, AssetRef asset) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into outgoing_message (chat_id, kind, dedup_key, target_key, text, buttons, asset,
                                                      asset_key, next_attempt_at, created_at)
                        values (:chat, :kind, :dedup, :target, :text, :buttons, :asset, :assetKey, :now, :now)
                        on conflict (dedup_key) do nothing""")
                .param("chat", chatId).param("kind", kind.name()).param("dedup", dedupKey)
                .param("target", targetKey).param("text", text)
                .param("buttons", buttons.isEmpty() ? null : codec.json().writeValueAsString(buttons))
                .param("asset", asset == null ? null : codec.json().writeValueAsString(asset))
                .param("assetKey", asset == null ? null : asset.bucket() + "/" + asset.key())
                .param("now", now)
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sender.wakeUp();
            }
        });
    }
}
