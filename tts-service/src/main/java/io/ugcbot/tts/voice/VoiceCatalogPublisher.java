package io.ugcbot.tts.voice;

import io.ugcbot.events.AssetRef;
import io.ugcbot.events.Ids;
import io.ugcbot.events.Message;
import io.ugcbot.events.tts.VoiceCatalogPublished;
import io.ugcbot.events.tts.VoicePublished;
import io.ugcbot.kit.assets.AssetStore;
import io.ugcbot.kit.media.MediaProbe;
import io.ugcbot.kit.outbox.OutboxWriter;
import io.ugcbot.tts.speech.AudioNormalizer;
import io.ugcbot.tts.speech.SpeechEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes the catalog on {@code tts.voices} when the service is ready: every voice with a preview in its own sound,
 * synthesized once per voice and engine and kept in S3 ({@code voices/<id>/preview-<engine>.mp3}), so a restart or a
 * second instance republishes without synthesizing (or paying a provider) again. The topic is compacted by voice id,
 * so republishing the same catalog is harmless.
 */
@Component
public class VoiceCatalogPublisher {

    private static final Logger log = LoggerFactory.getLogger(VoiceCatalogPublisher.class);

    private static final Map<String, String> PREVIEW_TEXT = Map.of(
            "ru", "Привет! Я расскажу о вашем товаре так, что его захочется купить.",
            "en", "Hi! I will tell people about your product so that they want to buy it.");

    private final VoiceCatalog voices;
    private final SpeechEngine engine;
    private final AssetStore assets;
    private final OutboxWriter outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    VoiceCatalogPublisher(VoiceCatalog voices, SpeechEngine engine, AssetStore assets, OutboxWriter outbox,
                          TransactionTemplate transactions, Clock clock) {
        this.clock = clock;
        this.voices = voices;
        this.engine = engine;
        this.assets = assets;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void publishAtStart() {
        publish(Ids.next(), 0);
    }

    /**
     * Reads the manifest again and publishes every voice (hidden ones as hidden, each with its place), then the list
     * of the ones shown, which also hides any voice the manifest no longer has. A wrong manifest republishes the
     * catalog as it stands, with the reason.
     */
    public void publish(UUID reloadId, long requestedBy) {
        VoiceCatalog.Loaded loaded = voices.reload();
        if (loaded.problem() != null) {
            log.error("The voice manifest was not loaded: {}", loaded.problem());
        }
        List<Message> records = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        List<VoiceManifest.Entry> entries = voices.entries();
        for (int position = 0; position < entries.size(); position++) {
            VoiceManifest.Entry entry = entries.get(position);
            Voice voice = entry.voice();
            Preview preview = entry.hidden() ? new Preview(null, 0) : preview(voice);
            records.add(new VoicePublished(voice.id(), voice.name(), voice.language(), voice.gender(),
                    engine.provider(), engine.providerVoiceId(voice), preview.asset(), preview.durationMs(),
                    position, entry.hidden()));
            if (!entry.hidden()) {
                shown.add(voice.id());
            }
        }
        records.add(new VoiceCatalogPublished(reloadId, shown, clock.instant(), requestedBy, loaded.problem()));
        transactions.executeWithoutResult(status -> records.forEach(outbox::append));
        log.info("Published {} voices on the catalog topic ({}), {} shown", entries.size(), engine.provider(),
                shown.size());
    }

    private record Preview(AssetRef asset, long durationMs) {
    }

    /** The stored preview, or a new one; none (null) when the engine cannot speak now: the voice is still offered. */
    private Preview preview(Voice voice) {
        String key = "voices/" + voice.id() + "/preview-" + engine.provider() + ".mp3";
        Path workDir = null;
        try {
            workDir = Files.createTempDirectory("voice-preview-");
            if (assets.exists(key)) {
                // its reference (size, checksum) and duration come from the stored file itself
                Path stored = assets.download(new AssetRef(assets.bucket(), key, "audio/mpeg", 0, ""),
                        workDir.resolve("stored.mp3"));
                byte[] bytes = Files.readAllBytes(stored);
                return new Preview(new AssetRef(assets.bucket(), key, "audio/mpeg", bytes.length,
                        AssetStore.sha256(bytes)), MediaProbe.durationMs(stored));
            }
            String text = PREVIEW_TEXT.getOrDefault(voice.language(), PREVIEW_TEXT.get("en"));
            Path mp3 = AudioNormalizer.toMp3(engine.synthesize(text, voice, 100, workDir).audio(), workDir);
            return new Preview(assets.put(key, mp3, "audio/mpeg"), MediaProbe.durationMs(mp3));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            log.warn("No preview for voice {}: {}", voice.id(), e.getMessage());
            return new Preview(null, 0);
        } finally {
            if (workDir != null) {
                FileSystemUtils.deleteRecursively(workDir.toFile());
            }
        }
    }
}
