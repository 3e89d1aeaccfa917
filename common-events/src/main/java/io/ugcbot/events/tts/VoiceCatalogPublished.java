package io.ugcbot.events.tts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The whole catalog as tts-service published it: the ids shown, in order. A voice not among them is hidden, even one
 * removed from the manifest (which is never republished on its own). The newest by {@code publishedAt} wins.
 *
 * @param requestedBy the admin whose reload this answers; 0 when published at start
 * @param problem     why the manifest was not used (the catalog before it stands); null when it was, or when there
 *                    is none
 */
public record VoiceCatalogPublished(UUID reloadId, List<String> shown, Instant publishedAt, long requestedBy,
                                    String problem) implements VoiceCatalogEntry {

    /** Every catalog in one key, so compaction keeps the newest. */
    public static final String KEY = "catalog";

    @Override
    public long userId() {
        return 0;
    }

    @Override
    public String subject() {
        return reloadId.toString();
    }

    @Override
    public String key() {
        return KEY;
    }
}
