package io.ugcbot.events.tts;

import java.util.UUID;

/** An admin asks tts-service to read the voice manifest again and republish the catalog. */
public record ReloadVoices(UUID reloadId, long adminId) implements TtsCommand {

    @Override
    public long userId() {
        return adminId;
    }

    @Override
    public String subject() {
        return reloadId.toString();
    }
}
