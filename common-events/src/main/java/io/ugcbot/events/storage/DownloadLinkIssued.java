package io.ugcbot.events.storage;

import java.time.Instant;
import java.util.UUID;

/** A presigned link to the asset, valid until {@code expiresAt}. */
public record DownloadLinkIssued(UUID requestId, long userId, String url, Instant expiresAt) implements StorageEvent {

    @Override
    public String subject() {
        return requestId.toString();
    }
}
