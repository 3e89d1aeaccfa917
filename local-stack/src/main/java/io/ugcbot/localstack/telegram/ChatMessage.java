package io.ugcbot.localstack.telegram;

import java.util.List;

/**
 * A message in an emulated chat, from the user or the bot.
 *
 * @param mediaKind  photo, audio or video, or null for text
 * @param buttons    rows of [text, callback data]
 * @param editCount  how often the bot edited it
 */
public record ChatMessage(int messageId, long chatId, boolean fromBot, String text, String mediaKind, String fileId,
                          List<List<Button>> buttons, int editCount, long date) {

    public record Button(String text, String callbackData) {
    }

    ChatMessage edited(String newText) {
        return new ChatMessage(messageId, chatId, fromBot, newText, mediaKind, fileId, buttons, editCount + 1, date);
    }

    ChatMessage edited(String newText, List<List<Button>> newButtons) {
        return new ChatMessage(messageId, chatId, fromBot, newText, mediaKind, fileId, newButtons, editCount + 1, date);
    }

    ChatMessage mediaEdited(String newKind, String newFileId, String caption, List<List<Button>> newButtons) {
        return new ChatMessage(messageId, chatId, fromBot, caption, newKind, newFileId, newButtons, editCount + 1,
                date);
    }
}
