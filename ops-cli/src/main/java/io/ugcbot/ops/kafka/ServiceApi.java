package io.ugcbot.ops.kafka;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;

/**
 * A service's management endpoints for the tools ({@code /actuator/replay}, {@code /actuator/subjects}): what the
 * service itself says about its state, instead of its tables read from outside.
 */
public final class ServiceApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String service;
    private final String baseUrl;

    public ServiceApi(String service, String baseUrl) {
        this.service = service;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String service() {
        return service;
    }

    /** Which of these record ids the service has applied, what it does with each type, how long it remembers. */
    public JsonNode replay(Collection<String> ids) {
        return get(ids.isEmpty() ? "/actuator/replay"
                : "/actuator/replay?ids=" + URLEncoder.encode(String.join(",", ids), StandardCharsets.UTF_8));
    }

    /** What the service's own tables say about a generation, a request or a user. */
    public JsonNode subject(String id) {
        return get("/actuator/subjects/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    }

    private JsonNode get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(15))
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new ServiceUnavailable(service + " answered " + response.statusCode() + " at " + baseUrl + path);
            }
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new ServiceUnavailable(service + " is not reachable at " + baseUrl + " (" + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailable("interrupted while asking " + service);
        }
    }

    /** The service did not answer: the tools say so rather than guess its state. */
    public static final class ServiceUnavailable extends RuntimeException {
        public ServiceUnavailable(String message) {
            super(message);
        }
    }
}
