package io.ugcbot.video.fal;

import io.ugcbot.events.Failure;
import io.ugcbot.events.FailureCode;
import io.ugcbot.events.gateway.Orientation;
import io.ugcbot.kit.fal.FalQueue;
import io.ugcbot.kit.fal.FalRefusedException;
import io.ugcbot.kit.models.ProviderModel;
import io.ugcbot.kit.models.ProviderModels;
import io.ugcbot.video.VideoProperties;
import io.ugcbot.video.render.FrameFitter;
import io.ugcbot.video.render.RenderProgress;
import io.ugcbot.video.render.RenderRefusedException;
import io.ugcbot.video.render.RenderRequest;
import io.ugcbot.video.render.TalkingHeadRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OmniHuman on fal: the character image and the speech go as presigned S3 URLs, the request id is saved before any
 * waiting, the status is polled with a doubling interval (or checked as soon as fal's webhook calls), and the result
 * is downloaded for the job to store. A job taken up again after a crash finds the saved request and only waits.
 */
public class FalTalkingHeadRenderer implements TalkingHeadRenderer {

    private static final Logger log = LoggerFactory.getLogger(FalTalkingHeadRenderer.class);

    /** OmniHuman keeps the portrait's framing; a head-and-shoulders portrait has its face about here. */
    private static final FacePosition FACE = new FacePosition(0.5, 0.4);

    private final VideoProperties.Fal settings;
    private final VideoProperties.Render frame;
    private final FalQueue fal;
    private final FalRequests requests;
    private final FalWakeUps wakeUps;
    private final ProviderModels models;
    private final ProviderModel model;
    private final Clock clock;

    FalTalkingHeadRenderer(VideoProperties.Fal settings, VideoProperties.Render frame, FalQueue fal,
                           FalRequests requests, FalWakeUps wakeUps, ProviderModels models, Clock clock) {
        this.settings = settings;
        this.frame = frame;
        this.fal = fal;
        this.requests = requests;
        this.wakeUps = wakeUps;
        this.models = models;
        this.model = new ProviderModel("fal", fal.model());
        this.clock = clock;
        models.register(model);
    }

    @Override
    public String name() {
        return fal.describe();
    }

    /** fal fetches the portrait and the speech itself, from presigned URLs. */
    @Override
    public boolean readsLocalInputs() {
        return false;
    }

    @Override
    public ProviderModel model() {
        return model;
    }

    @Override
    public FacePosition facePosition() {
        return FACE;
    }

    @Override
    public Path render(RenderRequest request) {
        try {
            FalRequests.Saved saved = requests.find(request.generationId()).orElseGet(() -> submit(request));
            try {
                fal.awaitCompletion(new FalQueue.Submitted(saved.requestId(), saved.statusUrl(), saved.responseUrl()),
                        saved.submittedAt(), settings.maxPoll(), settings.giveUpAfter(), clock,
                        status -> report(status, request.progress()),
                        pause -> wakeUps.await(request.generationId(), pause));
            } finally {
                wakeUps.forget(request.generationId());
            }
            JsonNode result = fal.result(saved.responseUrl());
            String url = result.path("video").path("url").asString("");
            if (url.isBlank()) {
                throw new RenderRefusedException("fal's result has no video: " + result,
                        Failure.of(FailureCode.PROVIDER_FAILED));
            }
            Path video = fal.download(url, request.workDir().resolve("talking-head.mp4"));
            requests.completed(request.generationId(), clock.instant());
            // OmniHuman keeps the portrait's shape; a square or landscape video is fitted into its frame here
            return request.orientation() == Orientation.PORTRAIT ? video
                    : FrameFitter.fit(video, frame.oriented(request.orientation()), request.workDir());
        } catch (FalRefusedException e) {
            if (e.kind() == FalRefusedException.Kind.MODEL_UNAVAILABLE) {
                // no retry helps and the user's credit comes back with the failure; the team must change the model
                models.unavailable(model, e.getMessage());
            }
            throw new RenderRefusedException(e.getMessage(), e.failure());
        }
    }

    private FalRequests.Saved submit(RenderRequest request) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("image_url", request.characterUrl().toString());
        input.put("audio_url", request.audioUrl().toString());
        if (settings.resolution() != null && !settings.resolution().isBlank()) {
            input.put("resolution", settings.resolution());
        }
        FalQueue.Submitted submitted = fal.submit(input, settings.webhookUrl());
        FalRequests.Saved saved = new FalRequests.Saved(request.generationId(), submitted.requestId(),
                submitted.statusUrl(), submitted.responseUrl(), clock.instant());
        requests.save(saved);
        log.info("Generation {} submitted to fal as request {}", request.generationId(), submitted.requestId());
        return saved;
    }

    private static void report(FalQueue.Status status, RenderProgress progress) {
        if (status.queued()) {
            progress.report(0, Math.max(1, status.queuePosition()));
        } else {
            progress.report(30, 0);
        }
    }
}
