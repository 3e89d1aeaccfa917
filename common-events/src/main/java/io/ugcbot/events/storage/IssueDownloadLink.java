package io.ugcbot.events.storage;

import java.util.UUID;

/** Make a time-limited download link for an asset, if {@code userId} owns it. */
public record IssueDownloadLink(UUID requestId, long userId, String bucket, String key) implements StorageCommand {

    @Override
    public String subject() {
        return requestId.toString();
    }
}
