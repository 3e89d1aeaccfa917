package io.ugcbot.events;

import io.ugcbot.events.credits.CaptureCredits;
import io.ugcbot.events.credits.CreditsCaptured;
import io.ugcbot.events.credits.CreditsOperationRefused;
import io.ugcbot.events.credits.CreditsGranted;
import io.ugcbot.events.credits.CreditsRevoked;
import io.ugcbot.events.credits.CreditsRejected;
import io.ugcbot.events.credits.CreditsReleased;
import io.ugcbot.events.credits.CreditsReserved;
import io.ugcbot.events.credits.GrantCredits;
import io.ugcbot.events.credits.GrantKind;
import io.ugcbot.events.credits.ReleaseReason;
import io.ugcbot.events.edit.EditImage;
import io.ugcbot.events.edit.ImageEditFailed;
import io.ugcbot.events.edit.ImageEdited;
import io.ugcbot.events.gateway.GenerationRequested;
import io.ugcbot.events.gateway.StarsPaymentReceived;
import io.ugcbot.events.gateway.StarsPaymentRefunded;
import io.ugcbot.events.gateway.UserRegistered;
import io.ugcbot.events.gateway.VideoFormat;
import io.ugcbot.events.ops.ModelAlertKind;
import io.ugcbot.events.ops.ProviderModelAlert;
import io.ugcbot.events.storage.DownloadLinkIssued;
import io.ugcbot.events.storage.DownloadLinkRefused;
import io.ugcbot.events.storage.FileImported;
import io.ugcbot.events.storage.FilePurpose;
import io.ugcbot.events.storage.FileRejected;
import io.ugcbot.events.storage.ImportTelegramFile;
import io.ugcbot.events.storage.IssueDownloadLink;
import io.ugcbot.events.tts.SpeechFailed;
import io.ugcbot.events.tts.SpeechRejected;
import io.ugcbot.events.tts.SpeechSynthesized;
import io.ugcbot.events.tts.SynthesizeSpeech;
import io.ugcbot.events.video.VideoFailed;
import io.ugcbot.events.video.VideoProgress;
import io.ugcbot.events.video.VideoReady;
import io.ugcbot.events.video.VideoStage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One typical instance of every message, the same values as the JSON fixtures. */
public final class MessageMother {

    static final long USER = 424242L;
    static final UUID GENERATION = UUID.fromString("7d1c3a52-2f4e-4e0b-9a51-8c4f4b0c9e11");
    static final UUID REQUEST = UUID.fromString("0b8e2c1e-5d5b-4c4a-8f4e-2a7c9d1e3f55");
    static final UUID PAYMENT = UUID.fromString("5f1d3c0a-7b2e-3c4d-9e8f-1a2b3c4d5e6f");
    static final Instant TIME = Instant.parse("2026-11-21T10:00:00Z");
    static final AssetRef AUDIO = new AssetRef("ugc-assets", "speech/0b8e2c1e.mp3", "audio/mpeg", 48213, "9f".repeat(32));
    static final AssetRef IMAGE = new AssetRef("ugc-assets", "catalog/characters/anna.png", "image/png", 201337, "ab".repeat(32));
    static final AssetRef VIDEO = new AssetRef("ugc-assets", "videos/7d1c3a52.mp4", "video/mp4", 1887436, "cd".repeat(32));
    static final List<WordTiming> WORDS = List.of(new WordTiming("Привет", 0, 420), new WordTiming("world", 420, 900));

    public static final Map<Class<? extends Message>, Message> SAMPLES = Map.ofEntries(
            sample(new UserRegistered(USER, "anna_shop", "Анна", "ru", TIME)),
            sample(new GenerationRequested(GENERATION, USER, VideoFormat.TALKING_HEAD, "anna", IMAGE, AUDIO, 900,
                    null, "Привет world", WORDS, 1, io.ugcbot.events.gateway.Orientation.SQUARE)),
            sample(new GrantCredits(REQUEST, USER, 25, 1001L, "compensation for a failed video")),
            sample(new CreditsGranted(REQUEST, USER, 10, GrantKind.WELCOME_BONUS, 10)),
            sample(new StarsPaymentReceived(PAYMENT, USER, "30x135", 30, 135, "stxAbC123-telegram-charge")),
            sample(new StarsPaymentRefunded(PAYMENT, USER, "stxAbC123-telegram-charge", 1001L)),
            sample(new CreditsRevoked(PAYMENT, USER, 12, 0)),
            sample(new CreditsReserved(GENERATION, USER, 1, 9, TIME.plusSeconds(1800))),
            sample(new CreditsRejected(GENERATION, USER, 0, 1)),
            sample(new CreditsCaptured(GENERATION, USER, 1, 9)),
            sample(new CreditsReleased(GENERATION, USER, 1, 10, ReleaseReason.FAILED)),
            sample(new CaptureCredits(GENERATION, USER, 1)),
            sample(new CreditsOperationRefused(GENERATION, USER, "capture", "the reservation already expired")),
            sample(new SynthesizeSpeech(REQUEST, USER, "ru-female-1", "Привет world", "ru", 115)),
            sample(new SpeechSynthesized(REQUEST, USER, AUDIO, 900, WORDS)),
            sample(new SpeechRejected(REQUEST, USER, true, 16900, 15000, 117)),
            sample(new io.ugcbot.events.tts.VoicePublished("ru-female-1", "Алина", "ru", "female", "espeak-ng",
                    "ru+f3", AUDIO, 3400, 2, false)),
            sample(new io.ugcbot.events.tts.VoiceCatalogPublished(REQUEST, List.of("ru-female-1", "en-female-1"),
                    TIME, 1001L, null)),
            sample(new io.ugcbot.events.tts.ReloadVoices(REQUEST, 1001L)),
            sample(new SpeechFailed(REQUEST, USER, Failure.of(FailureCode.VOICE_UNAVAILABLE))),
            sample(new EditImage(REQUEST, USER, IMAGE, "put her in a red jacket")),
            sample(new ImageEdited(REQUEST, USER, IMAGE, IMAGE, List.of("black and white"))),
            sample(new ImageEditFailed(REQUEST, USER, Failure.of(FailureCode.PROMPT_NOT_UNDERSTOOD))),
            sample(new VideoProgress(GENERATION, USER, VideoStage.RENDERING, 40, 0)),
            sample(new VideoReady(GENERATION, USER, VIDEO, 900)),
            sample(new VideoFailed(GENERATION, USER, Failure.of(FailureCode.PROVIDER_TIMED_OUT))),
            sample(new ImportTelegramFile(REQUEST, USER, "BAACAgIAAxkBAAIB", FilePurpose.BACKGROUND_VIDEO)),
            sample(new FileImported(REQUEST, USER, VIDEO, FilePurpose.BACKGROUND_VIDEO, 12000)),
            sample(new FileRejected(REQUEST, USER, Failure.of(FailureCode.CLIP_TOO_LONG, 18.2, 15))),
            sample(new IssueDownloadLink(REQUEST, USER, VIDEO.bucket(), VIDEO.key())),
            sample(new DownloadLinkIssued(REQUEST, USER, "http://127.0.0.1:9000/ugc-assets/videos/7d1c3a52.mp4?X-Amz-Signature=00", TIME.plusSeconds(86400))),
            sample(new DownloadLinkRefused(REQUEST, USER, Failure.of(FailureCode.NOT_YOURS))),
            sample(new ProviderModelAlert("edit-service", "openai", "gpt-image-2.6-sunburst",
                    ModelAlertKind.SHUTDOWN_SCHEDULED, java.time.LocalDate.parse("2027-06-01"),
                    "GET /v1/models/gpt-image-2.6-sunburst lists shutdown_date 2027-06-01", TIME)));

    private MessageMother() {
    }

    private static Map.Entry<Class<? extends Message>, Message> sample(Message message) {
        return Map.entry(message.getClass(), message);
    }
}
