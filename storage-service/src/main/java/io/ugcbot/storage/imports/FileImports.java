package io.ugcbot.storage.imports;

import io.ugcbot.events.Failure;
import io.ugcbot.events.FailureCode;
import io.ugcbot.events.storage.FileImported;
import io.ugcbot.events.storage.FilePurpose;
import io.ugcbot.events.storage.FileRejected;
import io.ugcbot.events.storage.ImportTelegramFile;
import io.ugcbot.kit.jobs.LeasedJobs;
import io.ugcbot.kit.outbox.OutboxWriter;
import io.ugcbot.storage.StorageProperties;
import io.ugcbot.storage.catalog.AssetCatalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Every state change of an import job, each in one transaction with the event it causes. */
@Service
public class FileImports {

    /** A claimed import. */
    record Claimed(UUID requestId, long userId, String fileId, FilePurpose purpose, int attempts) {
    }

    private static final int MAX_ATTEMPTS = 3;

    private final JdbcClient jdbc;
    private final LeasedJobs jobs;
    private final OutboxWriter outbox;
    private final AssetCatalog catalog;
    private final StorageProperties properties;
    private final Clock clock;

    FileImports(JdbcClient jdbc, OutboxWriter outbox, AssetCatalog catalog, StorageProperties properties,
                Clock clock) {
        this.jdbc = jdbc;
        this.jobs = new LeasedJobs(jdbc, "file_import", properties.upload().lease(), clock);
        this.outbox = outbox;
        this.catalog = catalog;
        this.properties = properties;
        this.clock = clock;
    }

    /** Queues the import, once per request id, in the consumer's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requested(ImportTelegramFile command) {
        if (command.purpose() != FilePurpose.BACKGROUND_VIDEO && command.purpose() != FilePurpose.CHARACTER_IMAGE) {
            outbox.append(new FileRejected(command.requestId(), command.userId(),
                    Failure.of(FailureCode.UPLOAD_KIND_UNSUPPORTED)));
            return;
        }
        if (properties.telegram() == null || !properties.telegram().configured()) {
            outbox.append(new FileRejected(command.requestId(), command.userId(),
                    Failure.of(FailureCode.UPLOADS_UNAVAILABLE)));
            return;
        }
        jdbc.sql("""
                        insert into file_import (request_id, user_id, file_id, purpose, status, created_at)
                        values (:id, :user, :file, :purpose, 'QUEUED', :now) on conflict do nothing""")
                .param("id", command.requestId()).param("user", command.userId()).param("file", command.fileId())
                .param("purpose", command.purpose().name()).param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** The oldest queued import, or one whose worker's lease ran out (it crashed), now leased to this worker. */
    @Transactional
    public Optional<Claimed> claimNext() {
        return jobs.claimNext("request_id, user_id, file_id, purpose, attempts", (rs, row) -> new Claimed(
                rs.getObject("request_id", UUID.class), rs.getLong("user_id"), rs.getString("file_id"),
                FilePurpose.valueOf(rs.getString("purpose")), rs.getInt("attempts")));
    }

    @Transactional
    public void imported(Claimed job, FileImported event) {
        if (jobs.finish(job.requestId())) {
            catalog.register(event.asset(), job.userId(), AssetCatalog.Kind.UPLOAD, job.requestId().toString());
            outbox.append(event);
        }
    }

    @Transactional
    public void rejected(Claimed job, Failure failure) {
        if (jobs.finish(job.requestId())) {
            outbox.append(new FileRejected(job.requestId(), job.userId(), failure));
        }
    }

    /** A failure worth another try (Telegram busy); after the last attempt the user is told. */
    @Transactional
    public void attemptFailed(Claimed job) {
        if (job.attempts() >= MAX_ATTEMPTS) {
            rejected(job, Failure.of(FailureCode.FILE_UNAVAILABLE));
            return;
        }
        jobs.requeue(job.requestId(), job.attempts());
    }

    /** The database or S3 was away: the import waits in the queue, its attempt not counted. */
    @Transactional
    public void interruptedByOutage(Claimed job) {
        jobs.requeueUncounted(job.requestId());
    }
}
