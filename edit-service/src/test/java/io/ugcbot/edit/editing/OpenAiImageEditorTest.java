package io.ugcbot.edit.editing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.ugcbot.edit.EditProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The OpenAI image-edit adapter against a local server answering with OpenAI's documented shapes and errors. */
class OpenAiImageEditorTest {

    private static final byte[] SOURCE = "source-png-bytes".getBytes(StandardCharsets.UTF_8);
    private static final byte[] EDITED = "edited-png-bytes".getBytes(StandardCharsets.UTF_8);
    private static final String OK = "{\"created\":1713833628,\"data\":[{\"b64_json\":\"%s\"}],\"usage\":{\"total_tokens\":100}}"
            .formatted(Base64.getEncoder().encodeToString(EDITED));

    private record Reply(int status, String body, long delayMs) {
    }

    private final LinkedBlockingDeque<Reply> script = new LinkedBlockingDeque<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server = startServer();

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void shouldSendTheDocumentedMultipartRequestAndDecodeTheImage() {
        script.add(new Reply(200, OK, 0));

        byte[] edited = editor().edit(SOURCE, "put her in a red jacket");

        assertThat(edited).isEqualTo(EDITED);
        assertThat(requests.getFirst()).startsWith("POST /v1/images/edits").contains("Bearer test-key",
                "multipart/form-data", "name=\"model\"", "gpt-image-1", "name=\"prompt\"", "put her in a red jacket",
                "name=\"image\"; filename=\"image.png\"", "source-png-bytes");
    }

    @Test
    void shouldRetryRateLimitsServerErrorsAndTimeouts() {
        script.add(new Reply(429, error("rate_limit_exceeded", "Rate limit reached"), 0));
        script.add(new Reply(500, error("server_error", "The server had an error"), 0));
        script.add(new Reply(200, OK, 1_500));
        script.add(new Reply(200, OK, 0));

        assertThat(editor().edit(SOURCE, "warmer")).isEqualTo(EDITED);
        assertThat(requests).hasSize(4);
    }

    @Test
    void shouldNotRetryAnExhaustedQuotaAndSaySo() {
        script.add(new Reply(429, error("insufficient_quota", "You exceeded your current quota"), 0));

        assertThatThrownBy(() -> editor().edit(SOURCE, "warmer")).isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("insufficient_quota")
                .extracting(e -> ((EditRefusedException) e).forUser()).asString().contains("quota is used up");
        assertThat(requests).hasSize(1);
    }

    @Test
    void shouldExplainAPromptRefusedByModeration() {
        script.add(new Reply(400, error("moderation_blocked", "Your request was rejected by the safety system"), 0));

        assertThatThrownBy(() -> editor().edit(SOURCE, "something odd")).isInstanceOf(EditRefusedException.class)
                .extracting(e -> ((EditRefusedException) e).forUser()).asString().contains("word it differently");
    }

    @Test
    void shouldReportABadKeyWithoutRetrying() {
        script.add(new Reply(401, error("invalid_api_key", "Incorrect API key provided"), 0));

        assertThatThrownBy(() -> editor().edit(SOURCE, "warmer")).isInstanceOf(EditRefusedException.class)
                .extracting(e -> ((EditRefusedException) e).forUser()).asString().contains("misconfigured");
        assertThat(requests).hasSize(1);
    }

    private OpenAiImageEditor editor() {
        return new OpenAiImageEditor(new EditProperties.OpenAi("test-key",
                "http://127.0.0.1:" + server.getAddress().getPort(), "gpt-image-1", Duration.ofMillis(700), 4,
                Duration.ofMillis(10)));
    }

    private static String error(String code, String message) {
        return "{\"error\":{\"message\":\"%s\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"%s\"}}"
                .formatted(message, code);
    }

    private HttpServer startServer() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.createContext("/", this::answer);
            http.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
            http.start();
            return http;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                + exchange.getRequestHeaders().getFirst("Authorization") + " "
                + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1));
        Reply reply = script.size() > 1 ? script.poll() : script.peek();
        if (reply.delayMs() > 0) {
            try {
                // an OpenAI that answers late: nothing ever releases this latch
                new CountDownLatch(1).await(reply.delayMs(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
