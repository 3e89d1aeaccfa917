package io.ugcbot.localstack.telegram;

/** A file the bot uploaded (or a user sent), kept so getFile and downloads work like Telegram's. */
public record StoredFile(String fileId, String fileUniqueId, String path, String contentType, byte[] bytes) {
}
