package io.ugcbot.tts.speech;

import io.ugcbot.kit.models.ModelCatalog;
import io.ugcbot.kit.models.ModelLookup;
import io.ugcbot.kit.models.ProviderModel;
import io.ugcbot.tts.TtsProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * ElevenLabs' {@code GET /v1/models}: the models the account can use, each with its {@code model_id}. A configured
 * model missing from it is unavailable; ElevenLabs gives no shutdown dates there.
 */
class ElevenLabsModelCatalog implements ModelCatalog {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final TtsProperties.ElevenLabs settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final JsonMapper json = JsonMapper.builder().build();

    ElevenLabsModelCatalog(TtsProperties.ElevenLabs settings) {
        this.settings = settings;
    }

    @Override
    public ProviderModel model() {
        return new ProviderModel("elevenlabs", settings.modelId());
    }

    @Override
    public ModelLookup lookup() {
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/v1/models"))
                    .timeout(TIMEOUT).header("xi-api-key", settings.apiKey()).header("Accept", "application/json")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("ElevenLabs did not answer: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /v1/models answered " + response.statusCode());
        }
        for (JsonNode model : json.readTree(response.body())) {
            if (settings.modelId().equals(model.path("model_id").asString(""))) {
                return ModelLookup.listed(null, "GET /v1/models lists " + settings.modelId());
            }
        }
        return ModelLookup.missing("GET /v1/models does not list " + settings.modelId());
    }
}
