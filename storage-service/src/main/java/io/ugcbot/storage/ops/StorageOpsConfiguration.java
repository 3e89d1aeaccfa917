package io.ugcbot.storage.ops;

import io.ugcbot.kit.ops.RecordEffects;
import io.ugcbot.kit.ops.SubjectState;
import io.ugcbot.kit.ops.TableState;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What bin/replay and bin/trace learn from storage-service (service-kit's {@code ops} package explains both). */
@Configuration(proxyBeanMethods = false)
class StorageOpsConfiguration {

    /**
     * Cataloguing is keyed by the file's key; a download link and an import reach the user or Telegram again, and their
     * memory is pruned after the record retention.
     */
    @Bean
    RecordEffects recordEffects() {
        return new RecordEffects()
                .keyed("tts.SpeechSynthesized.v1", "catalogues the speech file (once per key)")
                .keyed("video.VideoReady.v1", "catalogues the video (once per key)")
                .keyed("edit.ImageEdited.v1", "catalogues the edited image (once per key)")
                .outside("storage.IssueDownloadLink.v1", "issues a download link, which the gateway sends the user")
                .outside("storage.ImportTelegramFile.v1", "imports a file from Telegram (an import job)");
    }

    @Bean
    SubjectState assetState(JdbcClient jdbc) {
        return new TableState(jdbc, "asset",
                "select kind, key, size, expires_at from asset where subject = cast(:id as text)",
                "select kind, key, size, subject, expires_at from asset where owner_id = :user "
                        + "order by created_at desc limit 20");
    }

    @Bean
    SubjectState importState(JdbcClient jdbc) {
        return new TableState(jdbc, "file_import",
                "select status, purpose, attempts, created_at from file_import where request_id = :id", null);
    }
}
