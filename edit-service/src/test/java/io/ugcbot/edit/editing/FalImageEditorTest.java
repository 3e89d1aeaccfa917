package io.ugcbot.edit.editing;

import io.ugcbot.events.FailureCode;
import io.ugcbot.edit.EditProperties;
import io.ugcbot.embedded.FakeProvider;
import io.ugcbot.embedded.FakeProvider.Reply;
import io.ugcbot.kit.fal.FalQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The nano-banana edit adapter against a local server playing fal's queue API, errors included. */
class FalImageEditorTest {

    private static final String MODEL = "fal-ai/nano-banana-2/edit";
    private static final byte[] SOURCE = "source-png-bytes".getBytes(StandardCharsets.UTF_8);
    private static final byte[] EDITED = "edited-png-bytes".getBytes(StandardCharsets.UTF_8);

    private final LinkedBlockingDeque<Reply> submits = new LinkedBlockingDeque<>();
    private final LinkedBlockingDeque<Reply> statuses = new LinkedBlockingDeque<>();
    private final LinkedBlockingDeque<Reply> results = new LinkedBlockingDeque<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final FakeProvider fal = FakeProvider.start(this::answer);

    @AfterEach
    void stop() {
        fal.close();
    }

    @Test
    void shouldSendTheImageInlineWaitForTheQueueAndDownloadTheResult() {
        submits.add(Reply.json(200, submitted("edit-1")));
        statuses.add(Reply.json(200, "{\"status\":\"IN_QUEUE\",\"queue_position\":1}"));
        statuses.add(Reply.json(200, "{\"status\":\"IN_PROGRESS\"}"));
        statuses.add(Reply.json(200, "{\"status\":\"COMPLETED\"}"));
        results.add(Reply.json(200, "{\"images\":[{\"url\":\"" + fal.url("/files/edited.png")
                + "\",\"content_type\":\"image/png\",\"file_name\":\"edited.png\"}],\"description\":\"Done\"}"));

        byte[] edited = editor().edit(SOURCE, "make the background green");

        assertThat(edited).isEqualTo(EDITED);
        assertThat(requests.getFirst()).startsWith("POST /" + MODEL).contains("Key test-key",
                "\"prompt\":\"make the background green\"",
                "\"image_urls\":[\"data:image/png;base64," + Base64.getEncoder().encodeToString(SOURCE) + "\"]",
                "\"output_format\":\"png\"");
        assertThat(requests).filteredOn(line -> line.contains("/status")).hasSize(3);
    }

    @Test
    void shouldRetryTooManyRequestsAndServerErrorsOnSubmit() {
        submits.add(Reply.json(429, "{\"detail\":\"Too many requests\"}"));
        submits.add(Reply.json(502, ""));
        submits.add(Reply.json(200, submitted("edit-2")));
        statuses.add(Reply.json(200, "{\"status\":\"COMPLETED\"}"));
        results.add(Reply.json(200, "{\"images\":[{\"url\":\"" + fal.url("/files/edited.png") + "\"}]}"));

        assertThat(editor().edit(SOURCE, "warmer")).isEqualTo(EDITED);
        assertThat(requests).filteredOn(line -> line.startsWith("POST")).hasSize(3);
    }

    @Test
    void shouldExplainAFailedRequest() {
        submits.add(Reply.json(200, submitted("edit-3")));
        statuses.add(Reply.json(200, "{\"status\":\"COMPLETED\",\"error\":\"Content policy violation\","
                + "\"error_type\":\"content_policy_violation\"}"));

        assertThatThrownBy(() -> editor().edit(SOURCE, "something odd")).isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("Content policy violation")
                .extracting(e -> ((EditRefusedException) e).failure().code()).isEqualTo(FailureCode.CONTENT_DECLINED);
    }

    @Test
    void shouldRefuseAtOnceWhenTheKeyIsWrong() {
        submits.add(Reply.json(401, "{\"detail\":\"Invalid Key Authorization header format\"}"));

        assertThatThrownBy(() -> editor().edit(SOURCE, "warmer")).isInstanceOf(EditRefusedException.class)
                .extracting(e -> ((EditRefusedException) e).failure().code())
                .isEqualTo(FailureCode.PROVIDER_ACCOUNT);
        assertThat(requests).hasSize(1);
    }

    @Test
    void shouldRecogniseAnEndpointFalNoLongerHasAndNotRetryIt() {
        submits.add(Reply.json(404, "{\"detail\":\"Application 'nano-banana-2' not found\"}"));

        assertThatThrownBy(() -> editor().edit(SOURCE, "warmer")).isInstanceOf(EditRefusedException.class)
                .hasMessageContaining(MODEL)
                .extracting(e -> ((EditRefusedException) e).failure().code())
                .isEqualTo(FailureCode.MODEL_UNAVAILABLE);
        assertThat(requests).hasSize(1);
    }

    private FalImageEditor editor() {
        // a per-call timeout a local answer meets even on a loaded machine
        EditProperties.Fal settings = new EditProperties.Fal("test-key", fal.url(""), MODEL, Duration.ofSeconds(3),
                Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofMinutes(1), 4);
        return new FalImageEditor(settings, new FalQueue(settings.queue()), Clock.systemUTC());
    }

    private String submitted(String requestId) {
        String base = fal.url("/fal-ai/nano-banana-2/requests/" + requestId);
        return """
                {"request_id":"%s","response_url":"%s","status_url":"%s/status","cancel_url":"%s/cancel"}"""
                .formatted(requestId, base, base, base);
    }

    private Reply answer(FakeProvider.Request request) {
        requests.add(request.method() + " " + request.uri() + " " + request.authorization() + " " + request.body());
        String path = request.exchange().getRequestURI().getPath();
        if (path.equals("/files/edited.png")) {
            return Reply.bytes(EDITED, "image/png");
        }
        LinkedBlockingDeque<Reply> script = request.method().equals("POST") ? submits
                : path.endsWith("/status") ? statuses : results;
        Reply reply = script.size() > 1 ? script.poll() : script.peek();
        return reply != null ? reply : Reply.json(404, "{\"detail\":\"Request not found\"}");
    }
}
