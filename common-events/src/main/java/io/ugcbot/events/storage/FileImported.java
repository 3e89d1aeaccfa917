package io.ugcbot.events.storage;

import io.ugcbot.events.AssetRef;

import java.util.UUID;

/** The upload passed its checks and is stored, normalised, as {@code asset}. */
public record FileImported(UUID requestId, long userId, AssetRef asset, FilePurpose purpose, long durationMs)
        implements StorageEvent {

    @Override
    public String subject() {
        return requestId.toString();
    }
}
