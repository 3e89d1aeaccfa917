package io.ugcbot.tts.voice;

import io.ugcbot.events.AssetRef;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.kit.assets.AssetStore;
import io.ugcbot.tts.TtsProperties;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The voices, each with its espeak-ng and ElevenLabs voice: the operator's manifest in S3 ({@link VoiceManifest}) when
 * there is one, the built-in four otherwise. Ids are stable: users' sessions store them. A hidden or removed voice is
 * not offered, but a chat that chose it still gets its speech (until the next restart, for a removed one).
 * {@link VoiceCatalogPublisher} publishes the catalog for the gateway.
 */
@Component
public class VoiceCatalog {

    private static final List<Voice> BUILT_IN = List.of(
            // ElevenLabs ids are its premade voices, which speak Russian too with the multilingual model
            new Voice("ru-female-1", "Алина", "ru", "female", "ru+f3", 60, 175, "21m00Tcm4TlvDq8ikWAM"),
            new Voice("ru-male-1", "Борис", "ru", "male", "ru+m3", 40, 165, "pNInz6obpgDQGcFmaJgB"),
            new Voice("en-female-1", "Emma", "en", "female", "en-us+f3", 60, 170, "EXAVITQu4vr4xnSDxMaL"),
            new Voice("en-male-1", "James", "en", "male", "en-us+m3", 40, 160, "TxGEqnHWrfWFTfGW9XjX"));

    /** What a (re)load found: {@code problem} is why the manifest was not used; null when it was, or there is none. */
    record Loaded(String problem) {
    }

    private final AssetStore assets;
    private final MessageCodec codec;
    private final String manifestKey;
    private final Map<String, Voice> everSeen = new ConcurrentHashMap<>();
    private volatile List<VoiceManifest.Entry> entries = builtIn();

    VoiceCatalog(AssetStore assets, MessageCodec codec, TtsProperties properties) {
        this.assets = assets;
        this.codec = codec;
        this.manifestKey = properties.voiceManifestKey();
        entries.forEach(entry -> everSeen.put(entry.voice().id(), entry.voice()));
    }

    /** Reads the manifest again; a wrong one changes nothing. */
    Loaded reload() {
        List<VoiceManifest.Entry> next;
        if (!assets.exists(manifestKey)) {
            next = builtIn();
        } else {
            try {
                next = VoiceManifest.read(codec.json(),
                        assets.read(new AssetRef(assets.bucket(), manifestKey, "application/json", 0, null)));
            } catch (VoiceManifest.Invalid e) {
                return new Loaded(e.getMessage());
            }
        }
        next.forEach(entry -> everSeen.put(entry.voice().id(), entry.voice()));
        entries = List.copyOf(next);
        return new Loaded(null);
    }

    /** In the gallery's order, hidden ones included (they are published as hidden). */
    List<VoiceManifest.Entry> entries() {
        return entries;
    }

    public List<Voice> all() {
        return entries.stream().filter(entry -> !entry.hidden()).map(VoiceManifest.Entry::voice).toList();
    }

    public Optional<Voice> find(String id) {
        return Optional.ofNullable(everSeen.get(id));
    }

    private static List<VoiceManifest.Entry> builtIn() {
        return BUILT_IN.stream().map(voice -> new VoiceManifest.Entry(voice, false)).toList();
    }
}
