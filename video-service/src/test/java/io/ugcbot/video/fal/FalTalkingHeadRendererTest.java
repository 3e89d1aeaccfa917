package io.ugcbot.video.fal;

import io.ugcbot.events.FailureCode;
import io.ugcbot.embedded.FakeProvider;
import io.ugcbot.embedded.FakeProvider.Reply;
import io.ugcbot.events.gateway.Orientation;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.ugcbot.events.ops.ModelAlertKind;
import io.ugcbot.events.ops.ProviderModelAlert;
import io.ugcbot.kit.fal.FalQueue;
import io.ugcbot.kit.models.ProviderModel;
import io.ugcbot.kit.models.ProviderModels;
import io.ugcbot.kit.media.ExternalCommand;
import io.ugcbot.kit.media.MediaProbe;
import io.ugcbot.video.VideoProperties;
import io.ugcbot.video.render.RenderRefusedException;
import io.ugcbot.video.render.RenderRequest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fal OmniHuman adapter against a local server playing fal's queue API (submit, status, result, the result file),
 * errors included, with the request ids saved in a real PostgreSQL.
 */
class FalTalkingHeadRendererTest {

    private static final String MODEL = "fal-ai/bytedance/omnihuman/v1.5";
    /**
     * A per-call timeout a local answer meets even on a loaded machine, and an answer late enough to miss it: 500 ms
     * against 1.5 s let a slow but punctual answer time out under load and the script run out.
     */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(3);
    private static final long LATE_MS = 10_000;
    private static final byte[] VIDEO = "pretend-mp4-bytes".getBytes(StandardCharsets.UTF_8);

    private static EmbeddedPostgres postgres;
    private static JdbcClient jdbc;

    @TempDir
    Path dir;

    private final LinkedBlockingDeque<Reply> submits = new LinkedBlockingDeque<>();
    private final LinkedBlockingDeque<Reply> statuses = new LinkedBlockingDeque<>();
    private final LinkedBlockingDeque<Reply> results = new LinkedBlockingDeque<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<int[]> progress = new CopyOnWriteArrayList<>();
    private final FakeProvider fal = FakeProvider.start(this::answer);
    private final List<ProviderModelAlert> alerts = new CopyOnWriteArrayList<>();
    private final ProviderModels models = new ProviderModels(alerts::add, new SimpleMeterRegistry(), "video-service",
            Clock.systemUTC());
    /** What fal's result URL serves. */
    private volatile byte[] output = VIDEO;

    @BeforeAll
    static void startDatabase() throws IOException {
        postgres = EmbeddedPostgres.start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).schemas("video").defaultSchema("video")
                .locations("classpath:db/kit", "classpath:db/video").load().migrate();
        jdbc = JdbcClient.create(postgres.getPostgresDatabase(Map.of("currentSchema", "video")));
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        postgres.close();
    }

    @AfterEach
    void stopServer() {
        fal.close();
    }

    @Test
    void shouldSubmitOncePollThroughTheQueueAndDownloadTheResult() throws Exception {
        submits.add(Reply.json(200, submitted("req-1")));
        statuses.add(Reply.json(200, "{\"status\":\"IN_QUEUE\",\"queue_position\":2}"));
        statuses.add(Reply.json(200, "{\"status\":\"IN_PROGRESS\"}"));
        statuses.add(Reply.json(200, "{\"status\":\"COMPLETED\"}"));
        results.add(Reply.json(200, result()));
        UUID generation = UUID.randomUUID();

        Path video = renderer().render(request(generation));

        assertThat(Files.readAllBytes(video)).isEqualTo(VIDEO);
        assertThat(requests.getFirst()).startsWith("POST /" + MODEL).contains("Authorization=Key test-key",
                "\"image_url\":\"https://s3.example/character.png?X-Amz-Signature=abc\"",
                "\"audio_url\":\"https://s3.example/speech.mp3?X-Amz-Signature=def\"", "\"resolution\":\"720p\"");
        assertThat(requests).filteredOn(line -> line.startsWith("POST")).hasSize(1);
        assertThat(progress).containsExactly(new int[]{0, 2}, new int[]{30, 0});
        assertThat(savedRequestId(generation)).isEqualTo("req-1");
    }

    @Test
    void shouldFitThePortraitFalRendersIntoTheLandscapeFrameAskedFor() throws Exception {
        Path portrait = dir.resolve("portrait.mp4");
        ExternalCommand.run(List.of("ffmpeg", "-nostdin", "-y", "-v", "error", "-f", "lavfi", "-i",
                "testsrc=s=180x320:d=1:r=25", "-f", "lavfi", "-i", "sine=d=1", "-c:v", "libx264", "-preset",
                "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", portrait.toString()),
                Duration.ofSeconds(60));
        output = Files.readAllBytes(portrait);
        submits.add(Reply.json(200, submitted("req-5")));
        statuses.add(Reply.json(200, "{\"status\":\"COMPLETED\"}"));
        results.add(Reply.json(200, result()));

        Path video = renderer().render(request(UUID.randomUUID(), Orientation.LANDSCAPE));

        BufferedImage frame = MediaProbe.frameAt(video, 0.5);
        assertThat(frame.getWidth()).isEqualTo(640);
        assertThat(frame.getHeight()).isEqualTo(360);
        assertThat(MediaProbe.streams(video)).contains("video:h264", "audio:aac");
    }

    @Test
    void shouldWaitOnTheSavedRequestAfterACrashInsteadOfSubmittingAgain() throws Exception {
        UUID generation = UUID.randomUUID();
        FalRequests saved = new FalRequests(jdbc);
        saved.save(new FalRequests.Saved(generation, "req-before-crash", url("/" + statusPath("req-before-crash")),
                url("/" + resultPath("req-before-crash")), Instant.now()));
        statuses.add(Reply.json(200, "{\"status\":\"IN_PROGRESS\"}"));
        statuses.add(Reply.json(200, "{\"status\":\"COMPLETED\"}"));
        results.add(Reply.json(200, result()));

        Path video = renderer().render(request(generation));

        assertThat(Files.readAllBytes(video)).isEqualTo(VIDEO);
        assertThat(requests).noneMatch(line -> line.startsWith("POST"));
        assertThat(requests).anyMatch(line -> line.startsWith("GET /" + statusPath("req-before-crash")));
    }

    @Test
    void shouldRetryTooManyRequestsServerErrorsAndTimeouts() throws Exception {
        submits.add(Reply.json(429, "{\"detail\":\"Too many requests\"}"));
        submits.add(Reply.json(503, ""));
        submits.add(Reply.json(200, submitted("req-2")));
        statuses.add(Reply.json(200, "{\"status\":\"COMPLETED\"}").delayedBy(LATE_MS));
        statuses.add(Reply.json(200, "{\"status\":\"COMPLETED\"}"));
        results.add(Reply.json(200, result()));

        Path video = renderer().render(request(UUID.randomUUID()));

        assertThat(Files.readAllBytes(video)).isEqualTo(VIDEO);
        assertThat(requests).filteredOn(line -> line.startsWith("POST")).hasSize(3);
    }

    @Test
    void shouldRefuseAtOnceWhenTheBalanceIsExhaustedAndSaveNothing() {
        submits.add(Reply.json(403, "{\"detail\":\"User is locked. Reason: Exhausted balance.\"}"));
        UUID generation = UUID.randomUUID();

        assertThatThrownBy(() -> renderer().render(request(generation)))
                .isInstanceOf(RenderRefusedException.class)
                .hasMessageContaining("403").hasMessageContaining("Exhausted balance")
                .extracting(e -> ((RenderRefusedException) e).failure().code())
                .isEqualTo(FailureCode.PROVIDER_ACCOUNT);
        assertThat(requests).hasSize(1);
        assertThat(new FalRequests(jdbc).find(generation)).isEmpty();
    }

    @Test
    void shouldRefuseWhenFalReportsTheRequestFailed() {
        submits.add(Reply.json(200, submitted("req-3")));
        statuses.add(Reply.json(200, "{\"status\":\"COMPLETED\",\"error\":\"Face not detected in image\","
                + "\"error_type\":\"model_error\"}"));

        assertThatThrownBy(() -> renderer().render(request(UUID.randomUUID())))
                .isInstanceOf(RenderRefusedException.class).hasMessageContaining("Face not detected")
                .extracting(e -> ((RenderRefusedException) e).failure().code())
                .isEqualTo(FailureCode.PROVIDER_FAILED);
    }

    @Test
    void shouldRefuseWhenTheResultIsAValidationError() {
        submits.add(Reply.json(200, submitted("req-4")));
        statuses.add(Reply.json(200, "{\"status\":\"COMPLETED\"}"));
        results.add(Reply.json(422, "{\"detail\":[{\"loc\":[\"body\",\"audio_url\"],"
                + "\"msg\":\"Audio must be under 30s long\",\"type\":\"value_error\"}]}"));

        assertThatThrownBy(() -> renderer().render(request(UUID.randomUUID())))
                .isInstanceOf(RenderRefusedException.class).hasMessageContaining("Audio must be under 30s long")
                .extracting(e -> ((RenderRefusedException) e).failure().code())
                .isEqualTo(FailureCode.INPUT_REFUSED);
    }

    @Test
    void shouldRecogniseAModelFalNoLongerHasReportItAndNotRetry() {
        submits.add(Reply.json(404, "{\"detail\":\"Application 'omnihuman' not found\"}"));
        UUID generation = UUID.randomUUID();

        assertThatThrownBy(() -> renderer().render(request(generation)))
                .isInstanceOf(RenderRefusedException.class).hasMessageContaining(MODEL)
                .extracting(e -> ((RenderRefusedException) e).failure().code())
                .isEqualTo(FailureCode.MODEL_UNAVAILABLE);
        assertThat(requests).hasSize(1);
        assertThat(new FalRequests(jdbc).find(generation)).isEmpty();
        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(ModelAlertKind.UNAVAILABLE);
            assertThat(alert.service()).isEqualTo("video-service");
            assertThat(alert.model()).isEqualTo(MODEL);
        });
        assertThat(models.usable(new ProviderModel("fal", MODEL))).isFalse();
    }

    private FalTalkingHeadRenderer renderer() {
        VideoProperties.Fal settings = new VideoProperties.Fal("test-key", url(""), MODEL, "720p", CALL_TIMEOUT,
                Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofMinutes(1), 4, "");
        return new FalTalkingHeadRenderer(settings, new VideoProperties.Render(360, 640, 25, "ultrafast", 30),
                new FalQueue(settings.queue()), new FalRequests(jdbc), new FalWakeUps(), models, Clock.systemUTC());
    }

    private RenderRequest request(UUID generation) {
        return request(generation, Orientation.PORTRAIT);
    }

    private RenderRequest request(UUID generation, Orientation orientation) {
        return new RenderRequest(generation, null, null,
                URI.create("https://s3.example/character.png?X-Amz-Signature=abc"),
                URI.create("https://s3.example/speech.mp3?X-Amz-Signature=def"), "Hello", orientation, dir,
                (percent, position) -> progress.add(new int[]{percent, position}));
    }

    private String savedRequestId(UUID generation) {
        return jdbc.sql("select request_id from fal_request where generation_id = :id").param("id", generation)
                .query(String.class).single();
    }

    /** fal answers a submit with the request id and where to ask about it (the app id without the model's path). */
    private String submitted(String requestId) {
        return """
                {"request_id":"%1$s","response_url":"%2$s","status_url":"%3$s","cancel_url":"%2$s/cancel",
                 "queue_position":0}""".formatted(requestId, url("/" + resultPath(requestId)),
                url("/" + statusPath(requestId)));
    }

    private String result() {
        return """
                {"video":{"url":"%s","content_type":"video/mp4","file_name":"output.mp4","file_size":%d},
                 "duration":2.5}""".formatted(url("/files/output.mp4"), output.length);
    }

    private static String resultPath(String requestId) {
        return "fal-ai/bytedance/requests/" + requestId;
    }

    private static String statusPath(String requestId) {
        return resultPath(requestId) + "/status";
    }

    private String url(String path) {
        return fal.url(path);
    }

    private Reply answer(FakeProvider.Request request) {
        String path = request.exchange().getRequestURI().getPath();
        requests.add(request.method() + " " + request.uri() + " Authorization=" + request.authorization() + " "
                + request.body());
        if (path.equals("/files/output.mp4")) {
            return Reply.bytes(output, "video/mp4");
        }
        LinkedBlockingDeque<Reply> script = request.method().equals("POST") ? submits
                : path.endsWith("/status") ? statuses : results;
        Reply reply = script.size() > 1 ? script.poll() : script.peek();
        return reply != null ? reply : Reply.json(404, "{\"detail\":\"Request not found\"}");
    }
}
