package io.ugcbot.gateway.messaging;

import io.ugcbot.events.Envelope;
import io.ugcbot.events.credits.CreditsCaptured;
import io.ugcbot.events.credits.CreditsGranted;
import io.ugcbot.events.credits.CreditsRevoked;
import io.ugcbot.events.credits.CreditsRejected;
import io.ugcbot.events.credits.CreditsReleased;
import io.ugcbot.events.credits.CreditsReserved;
import io.ugcbot.events.gateway.GenerationRequested;
import io.ugcbot.events.gateway.StarsPaymentReceived;
import io.ugcbot.events.gateway.StarsPaymentRefunded;
import io.ugcbot.events.gateway.UserRegistered;
import io.ugcbot.events.tts.VoiceCatalogPublished;
import io.ugcbot.events.tts.VoicePublished;
import io.ugcbot.events.video.VideoFailed;
import io.ugcbot.events.video.VideoReady;
import io.ugcbot.gateway.catalog.VoiceOptions;
import io.ugcbot.gateway.credits.CreditStatement;
import io.ugcbot.gateway.generation.GenerationStatus;
import io.ugcbot.gateway.generation.Generations;
import io.ugcbot.gateway.payments.StarPayments;
import io.ugcbot.gateway.users.Users;
import org.springframework.stereotype.Component;

/**
 * Records replayed with {@code bin/replay --rebuild} into a gateway whose database lost its read models: the users, their
 * credit statements and their video history come back from the records that made them, and nothing is said to anyone
 * (the conversation's reactions, which {@link GatewayListener} runs for live records, happened when the records first
 * came). The same read-model writes as the live path, each idempotent, in record order per user. The gateway's own
 * {@code gateway.events} (registrations, requests) come only this way: live, it writes those rows as it emits them.
 */
@Component
class ReadModelRebuild {

    private final Users users;
    private final Generations generations;
    private final CreditStatement statement;
    private final VoiceOptions voices;
    private final StarPayments payments;

    ReadModelRebuild(Users users, Generations generations, CreditStatement statement, VoiceOptions voices,
                     StarPayments payments) {
        this.payments = payments;
        this.users = users;
        this.generations = generations;
        this.statement = statement;
        this.voices = voices;
    }

    void apply(Envelope envelope) {
        switch (envelope.payload()) {
            case UserRegistered event -> users.restore(event);
            case GenerationRequested event -> generations.restore(event, envelope.time());
            case CreditsGranted event -> {
                statement.granted(event, envelope.time());
                users.balanceReported(event.userId(), event.balance());
            }
            case CreditsReserved event -> {
                generations.moveTo(event.generationId(), GenerationStatus.RESERVED);
                users.balanceReported(event.userId(), event.balance());
            }
            case CreditsRejected event -> generations.moveTo(event.generationId(), GenerationStatus.REJECTED);
            case CreditsCaptured event -> {
                statement.captured(event, envelope.time());
                users.balanceReported(event.userId(), event.balance());
            }
            case CreditsReleased event -> users.balanceReported(event.userId(), event.balance());
            case CreditsRevoked event -> {
                statement.revoked(event, envelope.time());
                users.balanceReported(event.userId(), event.balance());
            }
            case StarsPaymentReceived event -> payments.restore(event, envelope.time());
            case StarsPaymentRefunded event -> payments.restore(event, envelope.time());
            case VideoReady event -> generations.videoReady(event.generationId(), event.video().bucket(),
                    event.video().key(), event.durationMs());
            case VideoFailed event -> generations.moveTo(event.generationId(), GenerationStatus.FAILED);
            case VoicePublished event -> voices.published(event);
            case VoiceCatalogPublished event -> voices.catalogPublished(event);
            default -> {
                // not kept for reading: speech, edits, clips and links live only in the conversation
            }
        }
    }
}
