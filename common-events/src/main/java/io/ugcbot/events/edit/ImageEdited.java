package io.ugcbot.events.edit;

import io.ugcbot.events.AssetRef;

import java.util.List;
import java.util.UUID;

/** The edited image, the image it was made from, and the edits that were applied (in words the user can read). */
public record ImageEdited(UUID requestId, long userId, AssetRef image, AssetRef parent, List<String> appliedEdits)
        implements EditEvent {

    @Override
    public String subject() {
        return requestId.toString();
    }
}
