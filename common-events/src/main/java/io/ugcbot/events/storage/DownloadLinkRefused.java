package io.ugcbot.events.storage;

import io.ugcbot.events.Failure;

import java.util.UUID;

/**
 * No link: the asset is unknown, expired, or not the user's. {@code failure} is what the gateway words for the user, in their language; {@code reason} is
 * plain English for logs and operators. Messages from before failure codes read with an unknown failure.
 */
public record DownloadLinkRefused(UUID requestId, long userId, String reason, Failure failure) implements StorageEvent {

    public DownloadLinkRefused {
        failure = failure == null ? Failure.unknown() : failure;
    }

    public DownloadLinkRefused(UUID requestId, long userId, Failure failure) {
        this(requestId, userId, failure.describe(), failure);
    }

    @Override
    public String subject() {
        return requestId.toString();
    }
}
