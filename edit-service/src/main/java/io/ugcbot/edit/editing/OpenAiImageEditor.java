package io.ugcbot.edit.editing;

import io.ugcbot.events.Failure;
import io.ugcbot.events.FailureCode;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.ugcbot.edit.EditProperties;
import io.ugcbot.kit.models.ProviderModel;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpClient;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OpenAI image edits: {@code POST /v1/images/edits} with a JSON body (model, prompt, the image as a base64 data URL in
 * {@code images[].image_url}, quality, PNG out), answered with the image as {@code data[0].b64_json}: the request shape
 * of the GPT Image 2.x models (OpenAI's API reference, read 2026-12-02). 429 rate limits, 5xx and timeouts are retried
 * with exponential backoff; an exhausted quota (also a 429), a refused prompt, a bad key fail at once with a reason the
 * chat can show; a missing or retired model ({@code model_not_found}, or a 404) is {@code MODEL_UNAVAILABLE}, not retried.
 */
class OpenAiImageEditor implements ProviderImageEditor {

    /** Retried: OpenAI may well answer later. */
    static final class TransientFailure extends RuntimeException {
        TransientFailure(String message) {
            super(message);
        }
    }

    private final EditProperties.OpenAi settings;
    private final RestClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Retry retry;

    OpenAiImageEditor(EditProperties.OpenAi settings) {
        this.settings = settings;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(settings.timeout()).build());
        requests.setReadTimeout(settings.timeout());
        this.http = RestClient.builder().baseUrl(settings.baseUrl()).requestFactory(requests)
                .defaultHeader("Authorization", "Bearer " + settings.key()).build();
        this.retry = Retry.of("openai-images", RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(settings.firstBackoff(), 2.0))
                .retryExceptions(TransientFailure.class)
                .build());
    }

    @Override
    public String name() {
        return "OpenAI " + settings.model() + " at " + settings.baseUrl();
    }

    @Override
    public ProviderModel model() {
        return new ProviderModel("openai", settings.model());
    }

    @Override
    public byte[] edit(byte[] png, String prompt) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("model", settings.model());
        request.put("prompt", prompt);
        request.put("images", List.of(Map.of("image_url",
                "data:image/png;base64," + Base64.getEncoder().encodeToString(png))));
        request.put("n", 1);
        request.put("quality", settings.quality());
        request.put("output_format", "png");
        JsonNode body;
        try {
            body = Retry.decorateSupplier(retry, () -> call(request)).get();
        } catch (TransientFailure e) {
            throw new EditRefusedException("OpenAI kept failing: " + e.getMessage(),
                    Failure.of(FailureCode.PROVIDER_UNAVAILABLE));
        }
        String image = body.path("data").path(0).path("b64_json").asString("");
        if (image.isBlank()) {
            throw new EditRefusedException("OpenAI answered without an image",
                    Failure.of(FailureCode.PROVIDER_FAILED));
        }
        return Base64.getDecoder().decode(image);
    }

    private JsonNode call(Map<String, Object> request) {
        try {
            String body = http.post().uri("/v1/images/edits").contentType(MediaType.APPLICATION_JSON)
                    .body(json.writeValueAsString(request)).retrieve().body(String.class);
            return json.readTree(body);
        } catch (RestClientResponseException e) {
            throw failure(e.getStatusCode(), e.getResponseBodyAsString());
        } catch (ResourceAccessException e) {
            throw new TransientFailure("OpenAI did not answer: " + e.getMostSpecificCause().getClass().getSimpleName());
        }
    }

    /** OpenAI says why in {@code error.code} (or {@code error.type}). */
    private RuntimeException failure(HttpStatusCode status, String body) {
        JsonNode error;
        try {
            error = json.readTree(body).path("error");
        } catch (RuntimeException e) {
            error = json.createObjectNode();
        }
        String code = error.path("code").asString(error.path("type").asString(""));
        boolean quota = code.equals("insufficient_quota") || code.equals("billing_hard_limit_reached");
        if (!quota && (status.value() == 429 || status.is5xxServerError())) {
            return new TransientFailure("OpenAI answered " + status.value() + " " + code);
        }
        FailureCode failure = quota ? FailureCode.PROVIDER_QUOTA
                : code.equals("model_not_found") || status.value() == 404 ? FailureCode.MODEL_UNAVAILABLE
                : code.equals("moderation_blocked") || code.equals("content_policy_violation")
                ? FailureCode.CONTENT_DECLINED
                : status.value() == 401 || status.value() == 403 ? FailureCode.PROVIDER_ACCOUNT
                : FailureCode.INPUT_REFUSED;
        return new EditRefusedException("OpenAI refused with " + status.value() + " " + code + ": "
                + error.path("message").asString(""), Failure.of(failure));
    }
}
