package io.ugcbot.tts.speech;

import io.ugcbot.events.Failure;
import io.ugcbot.events.FailureCode;
import io.ugcbot.events.AssetRef;
import io.ugcbot.events.tts.SpeechFailed;
import io.ugcbot.events.tts.SpeechRejected;
import io.ugcbot.events.tts.SpeechSynthesized;
import io.ugcbot.events.tts.SynthesizeSpeech;
import io.ugcbot.events.tts.TtsEvent;
import io.ugcbot.kit.assets.AssetStore;
import io.ugcbot.kit.media.MediaProbe;
import io.ugcbot.kit.media.MediaToolException;
import io.ugcbot.kit.models.ProviderCalls;
import io.ugcbot.kit.models.ProviderModel;
import io.ugcbot.kit.models.ProviderModels;
import io.ugcbot.tts.TtsProperties;
import io.ugcbot.tts.voice.Voice;
import io.ugcbot.tts.voice.VoiceCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Makes the speech a {@link SynthesizeSpeech} asks for and says how it went, as the event to emit; run by the speech
 * worker outside any transaction (a provider takes seconds, and must never be called twice for one request because a
 * transaction around it failed later). The audio's key is derived from the request id, so a retried job rewrites the
 * same object rather than leaving an orphan. Failures that say something about the request become its event;
 * anything else (S3 away, a bug) is thrown for the job to retry.
 */
@Service
public class SpeechSynthesis {

    private static final Logger log = LoggerFactory.getLogger(SpeechSynthesis.class);
    private static final double PACE_MARGIN = 1.04;

    private final SpeechEngine engine;
    private final VoiceCatalog voices;
    private final AssetStore assets;
    private final TtsProperties properties;
    private final ProviderModels models;
    private final ProviderCalls calls;

    SpeechSynthesis(SpeechEngine engine, VoiceCatalog voices, AssetStore assets, TtsProperties properties,
                    ProviderModels models, ProviderCalls calls) {
        this.engine = engine;
        this.calls = calls;
        this.models = models;
        engine.model().ifPresent(models::register);
        this.voices = voices;
        this.assets = assets;
        this.properties = properties;
    }

    public TtsEvent synthesize(SynthesizeSpeech command) {
        Optional<Voice> voice = voices.find(command.voiceId());
        if (voice.isEmpty()) {
            return new SpeechFailed(command.requestId(), command.userId(), Failure.of(FailureCode.VOICE_UNAVAILABLE));
        }
        String text = command.text() == null ? "" : command.text().strip();
        if (text.isEmpty() || text.length() > properties.maxTextLength()) {
            return new SpeechFailed(command.requestId(), command.userId(),
                    Failure.of(FailureCode.SCRIPT_LENGTH, properties.maxTextLength()));
        }
        Path workDir = createWorkDir();
        try {
            int pace = engine.pacePercentRange().clamp(command.pacePercent());
            Speech speech = calls.timed(engine.model().orElse(new ProviderModel(engine.provider(), "offline")),
                    () -> engine.synthesize(text, voice.get(), pace, workDir),
                    e -> e instanceof SpeechProviderException refused ? refused.failure().code().name()
                            : e.getClass().getSimpleName());
            Path mp3 = AudioNormalizer.toMp3(speech.audio(), workDir);
            long durationMs = MediaProbe.durationMs(mp3);
            long limitMs = properties.maxDuration().toMillis();
            if (durationMs > limitMs) {
                return new SpeechRejected(command.requestId(), command.userId(), true, durationMs, limitMs,
                        fittingPace(pace, durationMs, limitMs));
            }
            AssetRef audio = assets.put("speech/" + command.requestId() + ".mp3", mp3, "audio/mpeg");
            return new SpeechSynthesized(command.requestId(), command.userId(), audio, durationMs,
                    speech.wordTimings() != null ? speech.wordTimings() : WordTimings.estimate(text, durationMs));
        } catch (SpeechProviderException e) {
            log.warn("Speech provider failed for {}: {}", command.requestId(), e.getMessage());
            if (e.failure().code() == FailureCode.MODEL_UNAVAILABLE) {
                engine.model().ifPresent(model -> models.unavailable(model, e.getMessage()));
            }
            return new SpeechFailed(command.requestId(), command.userId(), e.failure());
        } catch (MediaToolException e) {
            log.error("Synthesis of {} failed: {}", command.requestId(), e.getMessage());
            return new SpeechFailed(command.requestId(), command.userId(), Failure.of(FailureCode.INTERNAL));
        } finally {
            FileSystemUtils.deleteRecursively(workDir.toFile());
        }
    }

    /**
     * The pace at which this text would fit, if the engine can speak that fast; 0 when it cannot (the text must be
     * shortened). Speech time scales with pace except for pauses, hence a small margin.
     */
    private int fittingPace(int pace, long durationMs, long limitMs) {
        int fitting = (int) Math.ceil(pace * (double) durationMs / limitMs * PACE_MARGIN);
        return fitting <= engine.pacePercentRange().max() ? fitting : 0;
    }

    private static Path createWorkDir() {
        try {
            return Files.createTempDirectory("tts-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
