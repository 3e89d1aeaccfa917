package io.ugcbot.localstack.telegram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bot API objects (User, Chat, Message) in Telegram's JSON shape. */
final class TelegramJson {

    static final long BOT_ID = 7_000_000_001L;

    private TelegramJson() {
    }

    static Map<String, Object> bot() {
        Map<String, Object> bot = new LinkedHashMap<>();
        bot.put("id", BOT_ID);
        bot.put("is_bot", true);
        bot.put("first_name", "UGC Video Bot (local)");
        bot.put("username", "ugc_video_local_bot");
        bot.put("can_join_groups", false);
        bot.put("can_read_all_group_messages", false);
        bot.put("supports_inline_queries", false);
        return bot;
    }

    static Map<String, Object> userOf(EmulatedTelegram.UserProfile user) {
        Map<String, Object> from = new LinkedHashMap<>();
        from.put("id", user.id());
        from.put("is_bot", false);
        from.put("first_name", user.firstName());
        from.put("language_code", user.languageCode());
        return from;
    }

    static Map<String, Object> message(ChatMessage message, EmulatedTelegram.UserProfile user,
                                       Map<String, Object> from) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("message_id", message.messageId());
        json.put("date", message.date());
        Map<String, Object> chat = new LinkedHashMap<>();
        chat.put("id", message.chatId());
        chat.put("type", "private");
        chat.put("first_name", user.firstName());
        json.put("chat", chat);
        json.put("from", from);
        if (message.editCount() > 0) {
            json.put("edit_date", message.date());
        }
        if (message.mediaKind() != null && EmulatedTelegram.SERVICE_KINDS.contains(message.mediaKind())) {
            // an invoice or a payment: the caller adds its object (invoice, successful_payment)
        } else if (message.mediaKind() == null) {
            json.put("text", message.text());
        } else {
            if (message.text() != null) {
                json.put("caption", message.text());
            }
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("file_id", message.fileId());
            file.put("file_unique_id", "U" + message.fileId());
            switch (message.mediaKind()) {
                case "photo" -> {
                    file.put("width", 720);
                    file.put("height", 1280);
                    json.put("photo", List.of(file));
                }
                case "audio" -> {
                    file.put("duration", 0);
                    json.put("audio", file);
                }
                default -> {
                    file.put("width", 720);
                    file.put("height", 1280);
                    file.put("duration", 0);
                    json.put("video", file);
                }
            }
        }
        if (!message.buttons().isEmpty()) {
            json.put("reply_markup", Map.of("inline_keyboard", message.buttons().stream()
                    .map(row -> row.stream().map(b -> Map.of("text", b.text(), "callback_data", b.callbackData()))
                            .toList()).toList()));
        }
        return json;
    }
}
