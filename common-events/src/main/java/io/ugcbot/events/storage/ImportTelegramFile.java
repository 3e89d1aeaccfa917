package io.ugcbot.events.storage;

import java.util.UUID;

/** Fetch a file the user sent to the bot (by Telegram {@code file_id}), check it and store it. */
public record ImportTelegramFile(UUID requestId, long userId, String fileId, FilePurpose purpose)
        implements StorageCommand {

    @Override
    public String subject() {
        return requestId.toString();
    }
}
