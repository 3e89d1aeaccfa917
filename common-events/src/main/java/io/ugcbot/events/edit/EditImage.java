package io.ugcbot.events.edit;

import io.ugcbot.events.AssetRef;

import java.util.UUID;

/** Edit a character image as the prompt says ("put her in a red jacket"). */
public record EditImage(UUID requestId, long userId, AssetRef source, String prompt) implements EditCommand {

    @Override
    public String subject() {
        return requestId.toString();
    }
}
