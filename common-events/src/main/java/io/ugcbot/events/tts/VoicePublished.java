package io.ugcbot.events.tts;

import io.ugcbot.events.AssetRef;

/**
 * A voice users may choose, as tts-service speaks it now; the latest record per voice id is the catalog.
 *
 * @param language          ISO 639-1 code, e.g. {@code ru}
 * @param gender            {@code female} or {@code male}
 * @param provider          the engine that speaks it: {@code espeak-ng} or {@code elevenlabs}
 * @param providerVoiceId   the provider's own voice id (the espeak-ng voice, or the ElevenLabs voice id)
 * @param preview           a short sample in that voice, synthesized once; null when it could not be made
 * @param position          its place in the voice gallery (the operator's manifest order)
 * @param hidden            no longer offered; a chat that chose it may still use it
 */
public record VoicePublished(String voiceId, String name, String language, String gender, String provider,
                             String providerVoiceId, AssetRef preview, long previewDurationMs, int position,
                             boolean hidden)
        implements VoiceCatalogEntry {

    /** Not about a user: catalog records are keyed by voice id. */
    @Override
    public long userId() {
        return 0;
    }

    @Override
    public String subject() {
        return voiceId;
    }

    @Override
    public String key() {
        return voiceId;
    }
}
