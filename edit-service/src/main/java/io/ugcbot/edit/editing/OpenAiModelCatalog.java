package io.ugcbot.edit.editing;

import io.ugcbot.edit.EditProperties;
import io.ugcbot.kit.models.ModelCatalog;
import io.ugcbot.kit.models.ModelLookup;
import io.ugcbot.kit.models.ProviderModel;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;

/**
 * OpenAI's {@code GET /v1/models/{model}}: 200 with {@code shutdown_date} (a date, or null while none is announced),
 * or 404 for a model OpenAI no longer serves (OpenAI's deprecations page points to this field for monitoring).
 */
class OpenAiModelCatalog implements ModelCatalog {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final EditProperties.OpenAi settings;
    private final RestClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    OpenAiModelCatalog(EditProperties.OpenAi settings) {
        this.settings = settings;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
        requests.setReadTimeout(TIMEOUT);
        this.http = RestClient.builder().baseUrl(settings.baseUrl()).requestFactory(requests)
                .defaultHeader("Authorization", "Bearer " + settings.key()).build();
    }

    @Override
    public ProviderModel model() {
        return new ProviderModel("openai", settings.model());
    }

    @Override
    public ModelLookup lookup() {
        String path = "/v1/models/" + settings.model();
        try {
            JsonNode model = json.readTree(http.get().uri(path).retrieve().body(String.class));
            String shutdown = model.path("shutdown_date").asString("");
            return shutdown.isBlank() ? ModelLookup.listed(null, "GET " + path + ": no shutdown date announced")
                    : ModelLookup.listed(LocalDate.parse(shutdown), "GET " + path + " lists shutdown_date " + shutdown);
        } catch (HttpClientErrorException.NotFound e) {
            return ModelLookup.missing("GET " + path + " answered 404");
        }
    }
}
