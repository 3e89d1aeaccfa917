package io.ugcbot.storage.imports;

import io.ugcbot.events.Failure;
import io.ugcbot.events.FailureCode;
import io.ugcbot.events.AssetRef;
import io.ugcbot.events.storage.FileImported;
import io.ugcbot.events.storage.FilePurpose;
import io.ugcbot.kit.assets.AssetStore;
import io.ugcbot.kit.face.FaceDetector;
import io.ugcbot.storage.StorageProperties;
import io.ugcbot.kit.outage.DependencyFailures;
import io.ugcbot.kit.outage.OutageWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs claimed imports outside any transaction: describe the file (its size decides before any byte is fetched),
 * download, check, normalise, store at {@code uploads/<user>/<request>.mp4} (a clip) or {@code .png} (a photo, which
 * must show a face), then finish the job with its event.
 */
@Component
class ImportWorker {

    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);
    private static final double MEGABYTE = 1024 * 1024;

    private final FileImports imports;
    private final AssetStore assets;
    private final StorageProperties properties;
    private final TelegramFiles telegram;
    private final FaceDetector faces;

    ImportWorker(FileImports imports, AssetStore assets, StorageProperties properties, FaceDetector faces) {
        this.faces = faces;
        this.imports = imports;
        this.assets = assets;
        this.properties = properties;
        this.telegram = new TelegramFiles(properties.telegram());
    }

    @Scheduled(fixedDelayString = "${storage.upload.poll-interval}")
    void importWaitingFiles() {
        while (true) {
            var claimed = imports.claimNext();
            if (claimed.isEmpty()) {
                return;
            }
            importFile(claimed.get());
        }
    }

    /** A user's photo as a character: refused without a face, stored as a portrait otherwise. */
    private void importPhoto(FileImports.Claimed job, Path photo) {
        CharacterPhotos.Checked checked = CharacterPhotos.check(photo, faces);
        if (checked.rejection() != null) {
            imports.rejected(job, checked.rejection());
            return;
        }
        AssetRef stored = assets.put("uploads/" + job.userId() + "/" + job.requestId() + ".png", checked.portrait(),
                "image/png");
        imports.imported(job, new FileImported(job.requestId(), job.userId(), stored, job.purpose(), 0));
    }

    private void importFile(FileImports.Claimed job) {
        Path workDir = null;
        try {
            workDir = Files.createTempDirectory("import-");
            TelegramFiles.Described file = telegram.describe(job.fileId());
            long maxBytes = properties.upload().maxBytes();
            if (file.size() > maxBytes) {
                imports.rejected(job, Failure.of(FailureCode.FILE_TOO_LARGE, file.size() / MEGABYTE,
                        maxBytes / MEGABYTE));
                return;
            }
            Path upload = telegram.download(file, workDir.resolve("upload"), maxBytes);
            if (job.purpose() == FilePurpose.CHARACTER_IMAGE) {
                importPhoto(job, upload);
                return;
            }
            Path clip = upload;
            BackgroundClips.Checked checked = BackgroundClips.check(clip, properties.upload().maxDuration());
            if (checked.rejection().isPresent()) {
                imports.rejected(job, checked.rejection().get());
                return;
            }
            BackgroundClips.Normalised normalised = BackgroundClips.normalise(clip, workDir);
            AssetRef stored = assets.put("uploads/" + job.userId() + "/" + job.requestId() + ".mp4",
                    normalised.file(), "video/mp4");
            imports.imported(job, new FileImported(job.requestId(), job.userId(), stored, job.purpose(),
                    normalised.durationMs()));
        } catch (TelegramFiles.TooLargeException e) {
            imports.rejected(job, Failure.of(FailureCode.FILE_TOO_LARGE, (e.bytesSeen() + MEGABYTE - 1) / MEGABYTE,
                    properties.upload().maxBytes() / MEGABYTE));
        } catch (TelegramFiles.TelegramFileException e) {
            log.warn("Import {} could not fetch the file: {}", job.requestId(), e.getMessage());
            if (e.retryable()) {
                imports.attemptFailed(job);
            } else {
                imports.rejected(job, Failure.of(FailureCode.FILE_UNAVAILABLE));
            }
        } catch (Exception | Error e) {
            // every failure counts toward the attempts (an Error once left the job to be retaken without end),
            // except a dependency being away, which only delays it
            if (DependencyFailures.isOutage(e)) {
                log.warn("Import {} interrupted by an outage, back in the queue: {}", job.requestId(), e.toString());
                OutageWait.run("requeueing import " + job.requestId(), () -> imports.interruptedByOutage(job));
                return;
            }
            log.error("Import {} failed", job.requestId(), e);
            OutageWait.run("recording failed import " + job.requestId(), () -> imports.attemptFailed(job));
        } finally {
            if (workDir != null) {
                FileSystemUtils.deleteRecursively(workDir.toFile());
            }
        }
    }
}
