package io.ugcbot.kit.fal;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * fal's queue API over HTTP: {@code POST {queue}/{model}} submits and answers with the request id and the URLs of its
 * status and result; {@code GET status_url} says IN_QUEUE (with a position), IN_PROGRESS or COMPLETED (with
 * {@code error} when it failed); {@code GET response_url} returns the model's output. 429, 5xx and network errors are
 * retried with exponential backoff (Resilience4j); anything else is a {@link FalRefusedException}. A submit answered
 * 404 or 410 means fal has no such endpoint (a mistyped or retired model): {@link FalRefusedException.Kind#MODEL_UNAVAILABLE}.
 */
public class FalQueue {

    /** Retried: fal may well answer later. */
    public static final class TransientFailure extends RuntimeException {
        TransientFailure(String message) {
            super(message);
        }
    }

    public record Submitted(String requestId, String statusUrl, String responseUrl) {
    }

    /** {@code error} is set when a completed request failed. */
    /** {@code errorType} is fal's category of a failed request (content_policy_violation, …), when it gives one. */
    public record Status(String state, int queuePosition, String error, String errorType) {

        public boolean completed() {
            return "COMPLETED".equals(state);
        }

        public boolean queued() {
            return "IN_QUEUE".equals(state);
        }
    }

    /** How a caller waits between status checks (a webhook may end the wait early). */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration);
    }

    private final FalSettings settings;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Retry retry;

    public FalQueue(FalSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.requestTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        this.retry = Retry.of("fal", RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.firstBackoff(), 2.0))
                .retryExceptions(TransientFailure.class)
                .build());
    }

    public String describe() {
        return "fal " + settings.model() + " at " + settings.queueUrl();
    }

    /** The endpoint id this queue submits to, e.g. {@code fal-ai/nano-banana-2/edit}. */
    public String model() {
        return settings.model();
    }

    public Submitted submit(Map<String, Object> input, String webhookUrl) {
        String url = settings.queueUrl() + "/" + settings.model()
                + (webhookUrl == null ? "" : "?fal_webhook=" + URLEncoder.encode(webhookUrl, StandardCharsets.UTF_8));
        JsonNode body;
        try {
            body = retried(() -> send(request(url).POST(HttpRequest.BodyPublishers.ofByteArray(
                    json.writeValueAsBytes(input))).header("Content-Type", "application/json").build()));
        } catch (FalRefusedException e) {
            if (e.kind() == FalRefusedException.Kind.REFUSED && (e.status() == 404 || e.status() == 410)) {
                throw new FalRefusedException(FalRefusedException.Kind.MODEL_UNAVAILABLE, e.status(),
                        settings.model() + ": " + e.detail());
            }
            throw e;
        }
        return new Submitted(body.path("request_id").asString(), body.path("status_url").asString(),
                body.path("response_url").asString());
    }

    public Status status(String statusUrl) {
        JsonNode body = retried(() -> send(request(statusUrl).GET().build()));
        JsonNode error = body.path("error");
        return new Status(body.path("status").asString(""), body.path("queue_position").asInt(0),
                error.isMissingNode() || error.isNull() ? null : error.asString(),
                body.path("error_type").asString(null));
    }

    /**
     * Checks the status until the request completes: first after {@code firstBackoff}, the pause doubling up to
     * {@code maxPoll}; {@code onWaiting} sees every unfinished status. Fails when the request ended in an error or is
     * still unfinished {@code giveUpAfter} after {@code submittedAt} (which survives restarts when the caller saved it).
     */
    public void awaitCompletion(Submitted request, Instant submittedAt, Duration maxPoll, Duration giveUpAfter,
                                Clock clock, Consumer<Status> onWaiting, Pause pause) {
        Duration wait = settings.firstBackoff();
        while (true) {
            Status status = status(request.statusUrl());
            if (status.completed()) {
                if (status.error() != null) {
                    throw new FalRefusedException(FalRefusedException.Kind.FAILED, 0, status.error(),
                            status.errorType());
                }
                return;
            }
            onWaiting.accept(status);
            if (Duration.between(submittedAt, clock.instant()).compareTo(giveUpAfter) > 0) {
                throw new FalRefusedException(FalRefusedException.Kind.TIMED_OUT, 0,
                        "request " + request.requestId() + " unfinished after " + giveUpAfter);
            }
            pause.pause(wait);
            wait = wait.multipliedBy(2).compareTo(maxPoll) <= 0 ? wait.multipliedBy(2) : maxPoll;
        }
    }

    public JsonNode result(String responseUrl) {
        return retried(() -> send(request(responseUrl).GET().build()));
    }

    /** A result file; fal's CDN URLs need no key, and the key is never sent to another host. */
    public Path download(String url, Path target) {
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
                throw new FalRefusedException(FalRefusedException.Kind.FAILED, response.statusCode(),
                        "the result file could not be fetched");
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
        throw new FalRefusedException(FalRefusedException.Kind.REFUSED, status, detail(response.body()));
    }

    /** fal says why in {@code detail}: a string, or a list of validation errors with {@code msg}. */
    private String detail(String body) {
        try {
            JsonNode node = json.readTree(body).path("detail");
            return node.isArray() && !node.isEmpty() ? node.get(0).path("msg").asString("") : node.asString("");
        } catch (RuntimeException e) {
            return "";
        }
    }
}
