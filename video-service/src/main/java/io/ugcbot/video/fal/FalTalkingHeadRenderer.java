package io.ugcbot.video.fal;

import io.ugcbot.video.VideoProperties;
import io.ugcbot.video.render.RenderProgress;
import io.ugcbot.video.render.RenderRefusedException;
import io.ugcbot.video.render.RenderRequest;
import io.ugcbot.video.render.TalkingHeadRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
    private final FalQueueClient fal;
    private final FalRequests requests;
    private final FalWakeUps wakeUps;
    private final Clock clock;

    FalTalkingHeadRenderer(VideoProperties.Fal settings, FalQueueClient fal, FalRequests requests, FalWakeUps wakeUps,
                           Clock clock) {
        this.settings = settings;
        this.fal = fal;
        this.requests = requests;
        this.wakeUps = wakeUps;
        this.clock = clock;
    }

    public String name() {
        return "fal " + settings.model() + " at " + settings.queueUrl();
    }

    @Override
    public FacePosition facePosition() {
        return FACE;
    }

    @Override
    public Path render(RenderRequest request) {
        FalRequests.Saved saved = requests.find(request.generationId()).orElseGet(() -> submit(request));
        try {
            waitUntilCompleted(saved, request.progress());
        } finally {
            wakeUps.forget(request.generationId());
        }
        JsonNode result = fal.result(saved.responseUrl());
        String url = result.path("video").path("url").asString("");
        if (url.isBlank()) {
            throw new RenderRefusedException("fal's result has no video: " + result,
                    "the video service returned no video");
        }
        Path video = fal.download(url, request.workDir().resolve("talking-head.mp4"));
        requests.completed(request.generationId(), clock.instant());
        return video;
    }

    private FalRequests.Saved submit(RenderRequest request) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("image_url", request.characterUrl().toString());
        input.put("audio_url", request.audioUrl().toString());
        String webhook = settings.webhookBaseUrl() == null || settings.webhookBaseUrl().isBlank() ? null
                : settings.webhookBaseUrl() + "/fal/webhook";
        FalQueueClient.Submitted submitted = fal.submit(input, webhook);
        FalRequests.Saved saved = new FalRequests.Saved(request.generationId(), submitted.requestId(),
                submitted.statusUrl(), submitted.responseUrl(), clock.instant());
        requests.save(saved);
        log.info("Generation {} submitted to fal as request {}", request.generationId(), submitted.requestId());
        return saved;
    }

    private void waitUntilCompleted(FalRequests.Saved saved, RenderProgress progress) {
        Duration pause = settings.firstPoll();
        while (true) {
            FalQueueClient.Status status = fal.status(saved.statusUrl());
            if (status.completed()) {
                if (status.error() != null) {
                    throw new RenderRefusedException("fal request " + saved.requestId() + " failed: "
                            + status.error(), "the video service could not render this video");
                }
                return;
            }
            if ("IN_QUEUE".equals(status.state())) {
                progress.report(15, Math.max(1, status.queuePosition()));
            } else {
                progress.report(40, 0);
            }
            if (Duration.between(saved.submittedAt(), clock.instant()).compareTo(settings.giveUpAfter()) > 0) {
                throw new RenderRefusedException("fal request " + saved.requestId() + " unfinished after "
                        + settings.giveUpAfter(), "the video service took too long; your credits are back");
            }
            wakeUps.await(saved.generationId(), pause);
            pause = min(pause.multipliedBy(2), settings.maxPoll());
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
