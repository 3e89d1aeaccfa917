package io.ugcbot.events.edit;

import io.ugcbot.events.AssetRef;

import java.util.List;
import java.util.UUID;

/**
 * The edited image, the image it was made from, and the edits that were applied (in words the user can read).
 * {@code standIn} is true when the configured AI model was unavailable and a simpler editor made it instead (the
 * offline one), which the user is told; messages from before the field read as false.
 */
public record ImageEdited(UUID requestId, long userId, AssetRef image, AssetRef parent, List<String> appliedEdits,
                          boolean standIn) implements EditEvent {

    public ImageEdited(UUID requestId, long userId, AssetRef image, AssetRef parent, List<String> appliedEdits) {
        this(requestId, userId, image, parent, appliedEdits, false);
    }

    @Override
    public String subject() {
        return requestId.toString();
    }
}
