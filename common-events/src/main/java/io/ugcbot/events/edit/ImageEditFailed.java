package io.ugcbot.events.edit;

import java.util.UUID;

/** The edit could not be made; {@code reason} is safe to show the user. */
public record ImageEditFailed(UUID requestId, long userId, String reason) implements EditEvent {

    @Override
    public String subject() {
        return requestId.toString();
    }
}
