package io.ugcbot.events.storage;

import java.util.UUID;

/** No link: the asset is unknown, expired, or not the user's. */
public record DownloadLinkRefused(UUID requestId, long userId, String reason) implements StorageEvent {

    @Override
    public String subject() {
        return requestId.toString();
    }
}
