package io.ugcbot.video.fal;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.ugcbot.video.VideoProperties;
import io.ugcbot.video.render.RenderRefusedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * fal's queue API over HTTP: {@code POST {queue}/{model}} submits and answers with the request id and the URLs of its
 * status and result; {@code GET status_url} says IN_QUEUE (with a position), IN_PROGRESS or COMPLETED; {@code GET
 * response_url} returns the model's output. 429, 5xx and network errors are retried with exponential backoff; other
 * errors are refusals with a reason the chat can show.
 */
class FalQueueClient {

    /** Retried: fal may well answer later. */
    static final class TransientFailure extends RuntimeException {
        TransientFailure(String message) {
            super(message);
        }
    }

    record Submitted(String requestId, String statusUrl, String responseUrl) {
    }

    /** {@code error} is set when a completed request failed. */
    record Status(String state, int queuePosition, String error) {

        boolean completed() {
            return "COMPLETED".equals(state);
        }
    }

    private final VideoProperties.Fal settings;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Retry retry;

    FalQueueClient(VideoProperties.Fal settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.retry = Retry.of("fal", RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.firstPoll(), 2.0))
                .retryExceptions(TransientFailure.class)
                .build());
    }

    Submitted submit(Map<String, Object> input, String webhookUrl) {
        String url = settings.queueUrl() + "/" + settings.model()
                + (webhookUrl == null ? "" : "?fal_webhook=" + URLEncoder.encode(webhookUrl, StandardCharsets.UTF_8));
        JsonNode body = retried(() -> send(request(url).POST(HttpRequest.BodyPublishers.ofByteArray(
                json.writeValueAsBytes(input))).header("Content-Type", "application/json").build()));
        return new Submitted(body.path("request_id").asString(), body.path("status_url").asString(),
                body.path("response_url").asString());
    }

    Status status(String statusUrl) {
        JsonNode body = retried(() -> send(request(statusUrl).GET().build()));
        return new Status(body.path("status").asString(""), body.path("queue_position").asInt(0),
                body.path("error").isMissingNode() || body.path("error").isNull() ? null
                        : body.path("error").asString());
    }

    JsonNode result(String responseUrl) {
        return retried(() -> send(request(responseUrl).GET().build()));
    }

    /** The result file; fal's CDN URLs need no key, and the key is never sent to another host. */
    Path download(String url, Path target) {
        return retried(() -> {
            try {
                HttpResponse<Path> response = http.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofMinutes(5)).GET().build(), HttpResponse.BodyHandlers.ofFile(target));
                if (response.statusCode() == 200) {
                    return target;
                }
                if (response.statusCode() == 429 || response.statusCode() >= 500) {
                    throw new TransientFailure("fal's file answered " + response.statusCode());
                }
                throw new RenderRefusedException("fal's file answered " + response.statusCode(),
                        "the rendered video could not be fetched");
            } catch (IOException e) {
                throw new TransientFailure("fal's file did not arrive: " + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransientFailure("interrupted");
            }
        });
    }

    private <T> T retried(Supplier<T> call) {
        try {
            return Retry.decorateSupplier(retry, call).get();
        } catch (TransientFailure e) {
            throw new TransientFailure("fal kept failing: " + e.getMessage());
        }
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(settings.requestTimeout())
                .header("Authorization", "Key " + settings.key()).header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TransientFailure("fal did not answer: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransientFailure("interrupted");
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return json.readTree(response.body());
        }
        if (status == 429 || status >= 500) {
            throw new TransientFailure("fal answered " + status);
        }
        throw refusal(status, response.body());
    }

    /** fal says why in {@code detail}: a string, or a list of validation errors with {@code msg}. */
    private RenderRefusedException refusal(int status, String body) {
        String detail;
        try {
            JsonNode node = json.readTree(body).path("detail");
            detail = node.isArray() && !node.isEmpty() ? node.get(0).path("msg").asString("") : node.asString("");
        } catch (RuntimeException e) {
            detail = "";
        }
        String forUser = switch (status) {
            case 401, 403 -> "the video service is unavailable (account or balance); the team has been told";
            case 422 -> "the video service could not use this character or speech";
            default -> "the video service refused the request";
        };
        return new RenderRefusedException("fal refused with " + status + ": " + detail, forUser);
    }
}
