package io.ugcbot.gateway.ops;

import io.ugcbot.kit.ops.RecordEffects;
import io.ugcbot.kit.ops.SubjectState;
import io.ugcbot.kit.ops.TableState;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What bin/replay and bin/trace learn from gateway-bot (service-kit's {@code ops} package explains both). */
@Configuration(proxyBeanMethods = false)
class GatewayOpsConfiguration {

    /**
     * Almost everything the gateway does with a record is a message to a user, kept from repeating by its dedup key in
     * outgoing_message, which is pruned after the record retention: a forgotten record would be told to the user again.
     */
    @Bean
    RecordEffects recordEffects() {
        String tells = "tells the user (a Telegram message)";
        return new RecordEffects()
                .outside("tts.SpeechSynthesized.v1", tells + ": the speech to review")
                .outside("tts.SpeechRejected.v1", tells + ": the script is too long")
                .outside("tts.SpeechFailed.v1", tells + ": the speech failed")
                .outside("credits.CreditsGranted.v1", "adds the grant to the statement and " + tells)
                .outside("credits.CreditsRevoked.v1", "adds the refund to the statement and " + tells)
                .outside("credits.CreditsReserved.v1", tells + ": the video is queued")
                .outside("credits.CreditsRejected.v1", tells + ": not enough credits")
                .outside("credits.CreditsCaptured.v1", "adds the payment to the statement and " + tells)
                .outside("credits.CreditsReleased.v1", tells + ": the credit is back")
                .outside("video.VideoProgress.v1", tells + ": the progress message")
                .outside("video.VideoReady.v1", "sends the video to the user")
                .outside("video.VideoFailed.v1", tells + ": the video failed")
                .keyed("tts.VoicePublished.v1", "updates the voice catalog")
                .outside("tts.VoiceCatalogPublished.v1", "hides the voices not shown and tells the admin who reloaded")
                .outside("storage.FileImported.v1", "requests the video over the clip (a paid render)")
                .outside("storage.FileRejected.v1", tells + ": the clip was refused")
                .outside("edit.ImageEdited.v1", tells + ": the edited image")
                .outside("edit.ImageEditFailed.v1", tells + ": the edit failed")
                .outside("storage.DownloadLinkIssued.v1", tells + ": the download link")
                .outside("storage.DownloadLinkRefused.v1", tells + ": no link")
                .outside("ops.ProviderModelAlert.v1", "tells the admins")
                // replayed with --rebuild: only the read models (messaging.ReadModelRebuild), nothing said to anyone
                .rebuilds("gateway.UserRegistered.v1", "restores the user")
                .rebuilds("gateway.GenerationRequested.v1", "restores the generation in the history")
                .rebuilds("credits.CreditsGranted.v1", "adds the grant to the statement, sets the balance")
                .rebuilds("credits.CreditsReserved.v1", "marks the generation reserved, sets the balance")
                .rebuilds("credits.CreditsRejected.v1", "marks the generation rejected")
                .rebuilds("credits.CreditsCaptured.v1", "adds the payment to the statement, sets the balance")
                .rebuilds("credits.CreditsReleased.v1", "sets the balance")
                .rebuilds("credits.CreditsRevoked.v1", "adds the refund to the statement, sets the balance")
                .rebuilds("gateway.StarsPaymentReceived.v1", "restores the Stars payment (for /refund)")
                .rebuilds("gateway.StarsPaymentRefunded.v1", "marks the Stars payment refunded")
                .rebuilds("video.VideoReady.v1", "puts the video in the history")
                .rebuilds("video.VideoFailed.v1", "marks the generation failed")
                .rebuilds("tts.VoicePublished.v1", "updates the voice catalog")
                .rebuilds("tts.VoiceCatalogPublished.v1", "hides the voices not shown");
    }

    @Bean
    SubjectState generationState(JdbcClient jdbc) {
        return new TableState(jdbc, "generation",
                "select status, cost, video_key, created_at, updated_at from generation where generation_id = :id",
                "select generation_id, status, updated_at from generation where user_id = :user "
                        + "order by created_at desc limit 10");
    }

    @Bean
    SubjectState chatState(JdbcClient jdbc) {
        return new TableState(jdbc, "chat_session",
                "select user_id, state from chat_session where generation_id = :id or speech_request_id = :id",
                "select state, generation_id, speech_request_id, busy_until, updated_at from chat_session "
                        + "where user_id = :user");
    }

    /** Dedup keys name their cause ({@code video:<generationId>}); a scan, but only an operator's trace asks. */
    @Bean
    SubjectState messageState(JdbcClient jdbc) {
        return new TableState(jdbc, "outgoing_message",
                "select kind, dedup_key, status, sent_at from outgoing_message "
                        + "where dedup_key like '%' || cast(:id as text) || '%' order by id limit 50", null);
    }
}
