package io.ugcbot.video.job;

import io.ugcbot.events.AssetRef;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.gateway.GenerationRequested;
import io.ugcbot.events.gateway.VideoFormat;
import io.ugcbot.events.video.VideoReady;
import io.ugcbot.events.video.VideoStage;
import io.ugcbot.kit.assets.AssetStore;
import io.ugcbot.kit.media.MediaProbe;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.ugcbot.kit.models.ProviderCalls;
import io.ugcbot.kit.outage.DependencyFailures;
import io.ugcbot.kit.outage.OutageWait;
import io.ugcbot.video.composite.BackgroundCompositor;
import io.ugcbot.video.composite.CompositeRequest;
import io.ugcbot.video.composite.SubtitleStyle;
import io.ugcbot.kit.face.FaceDetector;
import io.ugcbot.video.render.RenderProgress;
import io.ugcbot.video.render.RenderRefusedException;
import io.ugcbot.video.render.RenderRequest;
import io.ugcbot.video.render.TalkingHeadRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.ugcbot.kit.worker.WakeableWorker;
import io.ugcbot.video.VideoProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Renders claimed jobs outside any transaction (renders take seconds to minutes and must not block a consumer or hold
 * a connection). The video's key is the generation id, so a job retaken after a crash overwrites, never duplicates.
 * <p>
 * Up to {@code video.concurrent-renders} jobs at once, each on a thread of its own: a provider's render is mostly
 * waiting for the provider. The worker's own thread claims a job whenever a render slot is free, woken as soon as a
 * job becomes claimable (its transaction committed) or a render ends, and every poll interval otherwise (jobs whose
 * lease ran out, retries).
 */
@Component
class RenderWorker extends WakeableWorker {

    private static final Logger log = LoggerFactory.getLogger(RenderWorker.class);
    private static final Duration PROVIDER_URL_VALIDITY = Duration.ofHours(6);
    /** Past the first frames, where a provider's video may still be fading in. */
    private static final double FACE_FRAME_SECONDS = 0.5;
    /** Well inside both the job's lease (10 min) and the reservation's timeout (30 min). */
    private static final Duration HEARTBEAT = Duration.ofMinutes(3);
    private static final Duration FIRST_OUTAGE_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_OUTAGE_PAUSE = Duration.ofSeconds(10);

    private final RenderJobs jobs;
    private final TalkingHeadRenderer renderer;
    private final AssetStore assets;
    private final MessageCodec codec;
    private final BackgroundCompositor compositor;
    private final FaceDetector faces;
    private final ProviderCalls calls;
    private final MeterRegistry meters;
    private final Semaphore freeSlots;
    private final ExecutorService renders;
    private volatile Duration outagePause = FIRST_OUTAGE_PAUSE;

    RenderWorker(RenderJobs jobs, TalkingHeadRenderer renderer, AssetStore assets, MessageCodec codec,
                 BackgroundCompositor compositor, FaceDetector faces, ProviderCalls calls, MeterRegistry meters,
                 VideoProperties properties) {
        super("render-worker", properties.pollInterval());
        this.freeSlots = new Semaphore(properties.concurrentRenders());
        this.renders = Executors.newFixedThreadPool(properties.concurrentRenders(),
                Thread.ofPlatform().name("render-", 0).daemon().factory());
        this.calls = calls;
        this.meters = meters;
        this.jobs = jobs;
        this.renderer = renderer;
        this.assets = assets;
        this.codec = codec;
        this.compositor = compositor;
        this.faces = faces;
    }

    /** A job became claimable: look now rather than at the next poll (the user is waiting). */
    @TransactionalEventListener
    void onQueued(RenderJobs.Queued queued) {
        wakeUp();
    }

    /** Claims one job when a render slot is free and starts it; true when there may be more to claim right away. */
    @Override
    protected boolean workOnce() {
        if (!freeSlots.tryAcquire()) {
            return false;
        }
        Optional<RenderJob> claimed;
        try {
            claimed = jobs.claimNext();
        } catch (RuntimeException e) {
            freeSlots.release();
            if (!DependencyFailures.isOutage(e)) {
                throw e;
            }
            pauseForOutage();
            return false;
        }
        if (claimed.isEmpty()) {
            freeSlots.release();
            return false;
        }
        RenderJob job = claimed.get();
        // which instance renders which generation: what an operator (and the cluster test) looks for in the logs
        log.info("Rendering generation {}, attempt {}", job.generationId(), job.attempts());
        renders.execute(() -> {
            try {
                if (render(job)) {
                    outagePause = FIRST_OUTAGE_PAUSE;
                } else {
                    pauseForOutage();
                }
            } finally {
                freeSlots.release();
                wakeUp();
            }
        });
        return true;
    }

    /** A dependency is away: pause before looking for work again, longer while it stays away. */
    private void pauseForOutage() {
        Duration pause = outagePause;
        OutageWait.sleep(pause);
        outagePause = pause.multipliedBy(2).compareTo(LONGEST_OUTAGE_PAUSE) > 0
                ? LONGEST_OUTAGE_PAUSE : pause.multipliedBy(2);
    }

    /** Stops claiming; renders under way are interrupted and left to their lease, as a crash would leave them. */
    @Override
    public void stop() {
        super.stop();
        renders.shutdownNow();
        try {
            renders.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Renders one job and records how it ended; false when a dependency (the database, S3) was away. Then the job
     * goes back to the queue without the attempt counting, and what happened is recorded once the database answers
     * again: a minute of outage delays a video, it does not fail it or leave it to a lease that ends ten minutes later.
     */
    private boolean render(RenderJob job) {
        GenerationRequested request = codec.json().readValue(job.request(), GenerationRequested.class);
        Path workDir = createWorkDir();
        try {
            // the compositor mixes the speech in; a renderer that takes URLs never reads it
            Path audio = overBackground(request) || renderer.readsLocalInputs()
                    ? assets.download(request.audio(), workDir.resolve("speech")) : null;
            Path video = overBackground(request)
                    ? composite(job, request, keptTalkingHead(job, request, audio, workDir), audio, workDir)
                    : renderTalkingHead(job, request, audio, workDir);
            progress(job, VideoStage.STORING, 90, 0);
            Timer.Sample storing = Timer.start(meters);
            AssetRef stored = assets.put("videos/" + job.generationId() + ".mp4", video, "video/mp4");
            storing.stop(stageTimer(VideoStage.STORING));
            VideoReady ready = new VideoReady(job.generationId(), job.userId(), stored, MediaProbe.durationMs(video));
            OutageWait.run("recording video " + job.generationId(), () -> jobs.complete(job.generationId(), ready));
            return true;
        } catch (RenderRefusedException e) {
            log.warn("Render of {} refused: {}", job.generationId(), e.getMessage());
            OutageWait.run("recording refusal of " + job.generationId(),
                    () -> jobs.refused(job.generationId(), e.getMessage(), e.failure()));
            return true;
        } catch (Exception | Error e) {
            // every failure counts toward the attempts (an Error escaping here would leave the job to its lease)
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (DependencyFailures.isOutage(e)) {
                log.warn("Render of {} interrupted by an outage, back in the queue: {}", job.generationId(), reason);
                OutageWait.run("requeueing " + job.generationId(),
                        () -> jobs.interruptedByOutage(job.generationId(), reason));
                return false;
            }
            log.error("Render of {} failed", job.generationId(), e);
            OutageWait.run("recording failure of " + job.generationId(),
                    () -> jobs.attemptFailed(job.generationId(), reason));
            return true;
        } finally {
            FileSystemUtils.deleteRecursively(workDir.toFile());
        }
    }

    /** Progress is news for the user, not state the job needs: an outage costs an update, never the render. */
    private void progress(RenderJob job, VideoStage stage, int percent, int queuePosition) {
        try {
            jobs.progress(job.generationId(), job.userId(), stage, percent, queuePosition);
        } catch (RuntimeException e) {
            if (!DependencyFailures.isOutage(e)) {
                throw e;
            }
            log.info("Progress of {} not recorded, a dependency is away: {}", job.generationId(), e.toString());
        }
    }

    private static boolean overBackground(GenerationRequested request) {
        return request.format() == VideoFormat.BACKGROUND_OVERLAY && request.background() != null;
    }

    private Path renderTalkingHead(RenderJob job, GenerationRequested request, Path audio, Path workDir) {
        Path image = renderer.readsLocalInputs()
                ? assets.download(request.character(), workDir.resolve("character")) : null;
        // the job's percent: rendering spans 10–85, or 10–55 when compositing and storing follow
        int renderEnd = overBackground(request) ? 55 : 85;
        RenderRequest render = new RenderRequest(job.generationId(), image, audio, presigned(request.character()),
                presigned(request.audio()), request.script(), request.orientation(), workDir,
                progressOf(job, renderEnd));
        Timer.Sample rendering = Timer.start(meters);
        Path head = calls.timed(renderer.model(), () -> renderer.render(render),
                e -> e instanceof RenderRefusedException refused ? refused.failure().code().name()
                        : e.getClass().getSimpleName());
        rendering.stop(stageTimer(VideoStage.RENDERING));
        return head;
    }

    /** How long each stage of a render takes ({@code ugc.video.stage}), for the dashboard's percentiles. */
    private Timer stageTimer(VideoStage stage) {
        return Timer.builder("ugc.video.stage").tag("stage", stage.name()).publishPercentileHistogram()
                .register(meters);
    }

    /** For providers that fetch inputs themselves; long enough for a busy provider queue. */
    private URI presigned(AssetRef asset) {
        try {
            return assets.presignDownload(asset.bucket(), asset.key(), PROVIDER_URL_VALIDITY).toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The renderer's 0–100 mapped into the job's 10–{@code renderEnd}. Only changes become events (a provider polled
     * every few seconds would otherwise flood the chat with edits), plus one every {@link #HEARTBEAT} while nothing
     * changes: each report keeps the job's lease and the credit reservation alive, so a long, quiet provider render
     * is not taken for a dead one (the chat ignores a repeated report).
     */
    private RenderProgress progressOf(RenderJob job, int renderEnd) {
        int[] last = {-1, -1};
        long[] lastReportNanos = {System.nanoTime()};
        return (renderPercent, queuePosition) -> {
            int percent = 10 + renderPercent * (renderEnd - 10) / 100;
            boolean quietTooLong = System.nanoTime() - lastReportNanos[0] > HEARTBEAT.toNanos();
            if (percent != last[0] || queuePosition != last[1] || quietTooLong) {
                last[0] = percent;
                last[1] = queuePosition;
                lastReportNanos[0] = System.nanoTime();
                progress(job, queuePosition > 0 ? VideoStage.QUEUED : VideoStage.RENDERING, percent, queuePosition);
            }
        };
    }

    /**
     * The talking head of a background video is kept in storage under what it is made of (see {@link KeptHeads}), so
     * compositing again (a retried job, or a new video with another background from the same character and speech)
     * never renders or calls a provider twice.
     */
    private Path keptTalkingHead(RenderJob job, GenerationRequested request, Path audio, Path workDir) {
        String key = KeptHeads.keyFor(request, renderer.name());
        if (assets.exists(key)) {
            return assets.download(new AssetRef(assets.bucket(), key, "video/mp4", 0, ""),
                    workDir.resolve("talking-head-kept.mp4"));
        }
        Path head = renderTalkingHead(job, request, audio, workDir);
        assets.put(key, head, "video/mp4");
        return head;
    }

    private Path composite(RenderJob job, GenerationRequested request, Path head, Path audio, Path workDir) {
        progress(job, VideoStage.COMPOSITING, 60, 0);
        Path background = assets.download(request.background(), workDir.resolve("background"));
        TalkingHeadRenderer.FacePosition face = faceIn(head);
        Timer.Sample compositing = Timer.start(meters);
        Path video = compositor.composite(new CompositeRequest(background, head, audio, request.wordTimings(),
                SubtitleStyle.WORD_HIGHLIGHT, face.x(), face.y(), workDir));
        compositing.stop(stageTimer(VideoStage.COMPOSITING));
        return video;
    }

    /**
     * The circle is centred on the face found in the rendered head (whichever renderer made it, framing included);
     * the renderer's own estimate when none is found.
     */
    private TalkingHeadRenderer.FacePosition faceIn(Path head) {
        return faces.detect(MediaProbe.frameAt(head, FACE_FRAME_SECONDS))
                .map(face -> new TalkingHeadRenderer.FacePosition(face.centerX(), face.centerY()))
                .orElseGet(renderer::facePosition);
    }

    private static Path createWorkDir() {
        try {
            return Files.createTempDirectory("render-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
