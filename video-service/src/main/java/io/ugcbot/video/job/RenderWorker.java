package io.ugcbot.video.job;

import io.ugcbot.events.AssetRef;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.gateway.GenerationRequested;
import io.ugcbot.events.gateway.VideoFormat;
import io.ugcbot.events.video.VideoReady;
import io.ugcbot.events.video.VideoStage;
import io.ugcbot.kit.assets.AssetStore;
import io.ugcbot.kit.media.MediaProbe;
import io.ugcbot.video.composite.BackgroundCompositor;
import io.ugcbot.video.composite.CompositeRequest;
import io.ugcbot.video.composite.SubtitleStyle;
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
    private final BackgroundCompositor compositor;

    RenderWorker(RenderJobs jobs, TalkingHeadRenderer renderer, AssetStore assets, MessageCodec codec,
                 BackgroundCompositor compositor) {
        this.jobs = jobs;
        this.renderer = renderer;
        this.assets = assets;
        this.codec = codec;
        this.compositor = compositor;
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
            Path audio = assets.download(request.audio(), workDir.resolve("speech"));
            Path video = overBackground(request)
                    ? composite(job, request, keptTalkingHead(request, audio, workDir), audio, workDir)
                    : renderTalkingHead(request, audio, workDir);
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

    private static boolean overBackground(GenerationRequested request) {
        return request.format() == VideoFormat.BACKGROUND_OVERLAY && request.background() != null;
    }

    private Path renderTalkingHead(GenerationRequested request, Path audio, Path workDir) {
        Path image = assets.download(request.character(), workDir.resolve("character"));
        return renderer.render(new RenderRequest(image, audio, request.script(), workDir));
    }

    /**
     * The talking head of a background video is kept in storage, so compositing again (a retried job, another
     * background or subtitle style) never renders or calls a provider twice.
     */
    private Path keptTalkingHead(GenerationRequested request, Path audio, Path workDir) {
        String key = "talking-heads/" + request.generationId() + ".mp4";
        if (assets.exists(key)) {
            return assets.download(new AssetRef(assets.bucket(), key, "video/mp4", 0, ""),
                    workDir.resolve("talking-head-kept.mp4"));
        }
        Path head = renderTalkingHead(request, audio, workDir);
        assets.put(key, head, "video/mp4");
        return head;
    }

    private Path composite(RenderJob job, GenerationRequested request, Path head, Path audio, Path workDir) {
        jobs.progress(job.generationId(), job.userId(), VideoStage.COMPOSITING, 60);
        Path background = assets.download(request.background(), workDir.resolve("background"));
        TalkingHeadRenderer.FacePosition face = renderer.facePosition();
        return compositor.composite(new CompositeRequest(background, head, audio, request.wordTimings(),
                SubtitleStyle.WORD_HIGHLIGHT, face.x(), face.y(), workDir));
    }

    private static Path createWorkDir() {
        try {
            return Files.createTempDirectory("render-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
