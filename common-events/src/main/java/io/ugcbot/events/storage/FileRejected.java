package io.ugcbot.events.storage;

import java.util.UUID;

/** The upload failed a check; {@code reason} is safe to show the user. */
public record FileRejected(UUID requestId, long userId, String reason) implements StorageEvent {

    @Override
    public String subject() {
        return requestId.toString();
    }
}
