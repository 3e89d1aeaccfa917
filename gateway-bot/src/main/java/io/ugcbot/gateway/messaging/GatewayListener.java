package io.ugcbot.gateway.messaging;

import io.ugcbot.events.Envelope;
import io.ugcbot.events.Topics;
import io.ugcbot.kit.messaging.ReplayTopic;
import io.ugcbot.gateway.credits.CreditStatement;
import io.ugcbot.events.credits.CreditsCaptured;
import io.ugcbot.events.credits.CreditsGranted;
import io.ugcbot.events.credits.CreditsRevoked;
import io.ugcbot.events.credits.CreditsRejected;
import io.ugcbot.events.credits.CreditsReleased;
import io.ugcbot.events.credits.CreditsReserved;
import io.ugcbot.events.edit.ImageEditFailed;
import io.ugcbot.events.edit.ImageEdited;
import io.ugcbot.events.ops.ProviderModelAlert;
import io.ugcbot.events.storage.DownloadLinkIssued;
import io.ugcbot.events.storage.DownloadLinkRefused;
import io.ugcbot.events.storage.FileImported;
import io.ugcbot.events.storage.FileRejected;
import io.ugcbot.events.tts.SpeechFailed;
import io.ugcbot.events.tts.SpeechRejected;
import io.ugcbot.events.tts.SpeechSynthesized;
import io.ugcbot.events.tts.VoiceCatalogPublished;
import io.ugcbot.events.tts.VoicePublished;
import io.ugcbot.events.video.VideoFailed;
import io.ugcbot.events.video.VideoProgress;
import io.ugcbot.events.video.VideoReady;
import io.ugcbot.gateway.admin.ModelAlerts;
import io.ugcbot.gateway.catalog.VoiceCatalogUpdates;
import io.ugcbot.gateway.catalog.VoiceOptions;
import io.ugcbot.gateway.conversation.ServiceAnswers;
import io.ugcbot.gateway.generation.GenerationUpdates;
import io.ugcbot.gateway.generation.History;
import io.ugcbot.kit.messaging.IdempotentReceiver;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class GatewayListener {

    private final IdempotentReceiver receiver;
    private final ServiceAnswers answers;
    private final GenerationUpdates generations;
    private final VoiceOptions voices;
    private final VoiceCatalogUpdates voiceReloads;
    private final History history;
    private final CreditStatement statement;
    private final ModelAlerts modelAlerts;
    private final ReadModelRebuild readModels;
    private final String consumer;

    GatewayListener(IdempotentReceiver receiver, ServiceAnswers answers, GenerationUpdates generations,
                    VoiceOptions voices, VoiceCatalogUpdates voiceReloads, History history,
                    CreditStatement statement, ModelAlerts modelAlerts, ReadModelRebuild readModels,
                    @Value("${spring.application.name}") String consumer) {
        this.readModels = readModels;
        this.voiceReloads = voiceReloads;
        this.modelAlerts = modelAlerts;
        this.statement = statement;
        this.history = history;
        this.receiver = receiver;
        this.answers = answers;
        this.generations = generations;
        this.voices = voices;
        this.consumer = consumer;
    }

    @KafkaListener(topics = {Topics.CREDITS_EVENTS, Topics.TTS_EVENTS, Topics.VIDEO_EVENTS, Topics.TTS_VOICES,
            Topics.STORAGE_EVENTS, Topics.EDIT_EVENTS, Topics.OPS_ALERTS, ReplayTopic.OF_THIS_SERVICE})
    void on(ConsumerRecord<String, String> record) {
        receiver.receive(consumer, record, this::handle, readModels::apply);
    }

    private void handle(Envelope envelope) {
        switch (envelope.payload()) {
            case SpeechSynthesized event -> answers.speechSynthesized(event);
            case SpeechRejected event -> answers.speechRejected(event);
            case SpeechFailed event -> answers.speechFailed(event);
            case CreditsGranted event -> {
                statement.granted(event, envelope.time());
                generations.granted(event);
            }
            case CreditsRevoked event -> {
                statement.revoked(event, envelope.time());
                generations.revoked(event);
            }
            case CreditsReserved event -> generations.reserved(event);
            case CreditsRejected event -> {
                generations.rejected(event);
                answers.videoRefused(event.userId(), event.generationId());
            }
            case CreditsCaptured event -> {
                statement.captured(event, envelope.time());
                generations.captured(event);
            }
            case CreditsReleased event -> {
                // expired or cancelled: no video will come, the chat stops waiting for one
                generations.released(event);
                answers.videoEnded(event.userId(), event.generationId());
            }
            case VideoProgress event -> generations.progressed(event);
            case VideoReady event -> {
                generations.ready(event);
                answers.videoEnded(event.userId(), event.generationId());
            }
            case VideoFailed event -> {
                generations.failed(event);
                answers.videoEnded(event.userId(), event.generationId());
            }
            case VoicePublished event -> voices.published(event);
            case VoiceCatalogPublished event -> voiceReloads.published(event);
            case FileImported event -> answers.fileImported(event);
            case ImageEdited event -> answers.imageEdited(event);
            case DownloadLinkIssued event -> history.linkIssued(event);
            case DownloadLinkRefused event -> history.linkRefused(event);
            case ImageEditFailed event -> answers.imageEditFailed(event);
            case FileRejected event -> answers.fileRejected(event);
            case ProviderModelAlert event -> modelAlerts.alerted(event);
            default -> {
                // nothing the user needs to see
            }
        }
    }
}
