package io.ugcbot.video.job;

import io.ugcbot.events.AssetRef;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.gateway.GenerationRequested;
import io.ugcbot.events.video.VideoReady;
import io.ugcbot.events.video.VideoStage;
import io.ugcbot.kit.assets.AssetStore;
import io.ugcbot.kit.media.MediaProbe;
import io.ugcbot.video.render.RenderRequest;
import io.ugcbot.video.render.TalkingHeadRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders claimed jobs outside any transaction (renders take seconds to minutes and must not block a consumer or hold
 * a connection). The video's key is the generation id, so a job retaken after a crash overwrites, never duplicates.
 */
@Component
class RenderWorker {

    private static final Logger log = LoggerFactory.getLogger(RenderWorker.class);

    private final RenderJobs jobs;
    private final TalkingHeadRenderer renderer;
    private final AssetStore assets;
    private final MessageCodec codec;

    RenderWorker(RenderJobs jobs, TalkingHeadRenderer renderer, AssetStore assets, MessageCodec codec) {
        this.jobs = jobs;
        this.renderer = renderer;
        this.assets = assets;
        this.codec = codec;
    }

    @Scheduled(fixedDelayString = "${video.poll-interval}")
    void renderWaitingJobs() {
        while (true) {
            var claimed = jobs.claimNext();
            if (claimed.isEmpty()) {
                return;
            }
            render(claimed.get());
        }
    }

    private void render(RenderJob job) {
        GenerationRequested request = codec.json().readValue(job.request(), GenerationRequested.class);
        Path workDir = createWorkDir();
        try {
            Path image = assets.download(request.character(), workDir.resolve("character"));
            Path audio = assets.download(request.audio(), workDir.resolve("speech"));
            Path video = renderer.render(new RenderRequest(image, audio, request.script(), workDir));
            jobs.progress(job.generationId(), job.userId(), VideoStage.STORING, 90);
            AssetRef stored = assets.put("videos/" + job.generationId() + ".mp4", video, "video/mp4");
            jobs.complete(job.generationId(),
                    new VideoReady(job.generationId(), job.userId(), stored, MediaProbe.durationMs(video)));
        } catch (RuntimeException e) {
            log.error("Render of {} failed", job.generationId(), e);
            jobs.attemptFailed(job.generationId(), e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            FileSystemUtils.deleteRecursively(workDir.toFile());
        }
    }

    private static Path createWorkDir() {
        try {
            return Files.createTempDirectory("render-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
