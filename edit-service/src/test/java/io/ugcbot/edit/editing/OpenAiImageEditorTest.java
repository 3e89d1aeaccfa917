package io.ugcbot.edit.editing;

import io.ugcbot.events.FailureCode;
import io.ugcbot.edit.EditProperties;
import io.ugcbot.embedded.FakeProvider;
import io.ugcbot.embedded.FakeProvider.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The OpenAI image-edit adapter against a local server answering with OpenAI's documented shapes and errors. */
class OpenAiImageEditorTest {

    /**
     * A per-call timeout a local answer meets even on a loaded machine, and an answer late enough to miss it (700 ms
     * against 1.5 s was too close under load).
     */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(3);
    private static final long LATE_MS = 10_000;

    private static final byte[] SOURCE = "source-png-bytes".getBytes(StandardCharsets.UTF_8);
    private static final byte[] EDITED = "edited-png-bytes".getBytes(StandardCharsets.UTF_8);
    private static final String OK = "{\"created\":1713833628,\"data\":[{\"b64_json\":\"%s\"}],\"usage\":{\"total_tokens\":100}}"
            .formatted(Base64.getEncoder().encodeToString(EDITED));

    private final LinkedBlockingDeque<Reply> script = new LinkedBlockingDeque<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final FakeProvider openAi = FakeProvider.start(this::answer);

    @AfterEach
    void stop() {
        openAi.close();
    }

    @Test
    void shouldSendTheDocumentedJsonRequestAndDecodeTheImage() {
        script.add(Reply.json(200, OK));

        byte[] edited = editor().edit(SOURCE, "put her in a red jacket");

        assertThat(edited).isEqualTo(EDITED);
        String dataUrl = "data:image/png;base64," + Base64.getEncoder().encodeToString(SOURCE);
        assertThat(requests.getFirst()).startsWith("POST /v1/images/edits").contains("Bearer test-key",
                "application/json", "\"model\":\"gpt-image-2.6-sunburst\"", "\"prompt\":\"put her in a red jacket\"",
                "\"images\":[{\"image_url\":\"" + dataUrl + "\"}]", "\"quality\":\"medium\"",
                "\"output_format\":\"png\"");
    }

    @Test
    void shouldRecogniseARetiredModelAndNotRetryIt() {
        script.add(Reply.json(404, error("model_not_found",
                "The model `gpt-image-2.6-sunburst` does not exist or you do not have access to it.")));

        assertThatThrownBy(() -> editor().edit(SOURCE, "warmer")).isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("model_not_found")
                .extracting(e -> ((EditRefusedException) e).failure().code())
                .isEqualTo(FailureCode.MODEL_UNAVAILABLE);
        assertThat(requests).hasSize(1);
    }

    @Test
    void shouldRecogniseADeprecatedModelAnsweredWithABadRequest() {
        script.add(Reply.json(400, error("model_not_found",
                "The model `gpt-image-1` has been deprecated, learn more here: https://platform.openai.com/docs/deprecations")));

        assertThatThrownBy(() -> editor().edit(SOURCE, "warmer")).isInstanceOf(EditRefusedException.class)
                .extracting(e -> ((EditRefusedException) e).failure().code())
                .isEqualTo(FailureCode.MODEL_UNAVAILABLE);
        assertThat(requests).hasSize(1);
    }

    @Test
    void shouldRetryRateLimitsServerErrorsAndTimeouts() {
        script.add(Reply.json(429, error("rate_limit_exceeded", "Rate limit reached")));
        script.add(Reply.json(500, error("server_error", "The server had an error")));
        script.add(Reply.json(200, OK).delayedBy(LATE_MS));
        script.add(Reply.json(200, OK));

        assertThat(editor().edit(SOURCE, "warmer")).isEqualTo(EDITED);
        assertThat(requests).hasSize(4);
    }

    @Test
    void shouldNotRetryAnExhaustedQuotaAndSaySo() {
        script.add(Reply.json(429, error("insufficient_quota", "You exceeded your current quota")));

        assertThatThrownBy(() -> editor().edit(SOURCE, "warmer")).isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("insufficient_quota")
                .extracting(e -> ((EditRefusedException) e).failure().code()).isEqualTo(FailureCode.PROVIDER_QUOTA);
        assertThat(requests).hasSize(1);
    }

    @Test
    void shouldExplainAPromptRefusedByModeration() {
        script.add(Reply.json(400, error("moderation_blocked", "Your request was rejected by the safety system")));

        assertThatThrownBy(() -> editor().edit(SOURCE, "something odd")).isInstanceOf(EditRefusedException.class)
                .extracting(e -> ((EditRefusedException) e).failure().code())
                .isEqualTo(FailureCode.CONTENT_DECLINED);
    }

    @Test
    void shouldReportABadKeyWithoutRetrying() {
        script.add(Reply.json(401, error("invalid_api_key", "Incorrect API key provided")));

        assertThatThrownBy(() -> editor().edit(SOURCE, "warmer")).isInstanceOf(EditRefusedException.class)
                .extracting(e -> ((EditRefusedException) e).failure().code())
                .isEqualTo(FailureCode.PROVIDER_ACCOUNT);
        assertThat(requests).hasSize(1);
    }

    private OpenAiImageEditor editor() {
        return new OpenAiImageEditor(new EditProperties.OpenAi("test-key",
                openAi.url(""), "gpt-image-2.6-sunburst", "medium", CALL_TIMEOUT, 4,
                Duration.ofMillis(10)));
    }

    private static String error(String code, String message) {
        return "{\"error\":{\"message\":\"%s\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"%s\"}}"
                .formatted(message, code);
    }

    private Reply answer(FakeProvider.Request request) {
        requests.add(request.method() + " " + request.uri() + " " + request.authorization() + " "
                + request.contentType() + " " + request.body());
        return script.size() > 1 ? script.poll() : script.peek();
    }
}
