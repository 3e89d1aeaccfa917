package io.ugcbot.events.tts;

import io.ugcbot.events.Message;

/** tts-service's voice catalog, on the compacted {@code tts.voices} topic. */
public sealed interface VoiceCatalogEntry extends Message permits VoicePublished, VoiceCatalogPublished {
}
