package io.ugcbot.tts.speech;

import io.ugcbot.embedded.FakeProvider;
import io.ugcbot.embedded.FakeProvider.Reply;
import io.ugcbot.kit.models.ModelLookup;
import io.ugcbot.tts.TtsProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The configured ElevenLabs model looked up on a local server answering {@code GET /v1/models} as ElevenLabs does. */
class ElevenLabsModelCatalogTest {

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile Reply answer;
    private final FakeProvider elevenLabs = FakeProvider.start(request -> {
        requests.add(request.method() + " " + request.uri() + " " + request.header("xi-api-key"));
        return answer;
    });

    @AfterEach
    void stop() {
        elevenLabs.close();
    }

    @Test
    void shouldFindAListedModel() {
        answer = Reply.json(200, models("eleven_v3", "eleven_multilingual_v2", "eleven_flash_v2_5"));

        ModelLookup lookup = catalog("eleven_multilingual_v2").lookup();

        assertThat(lookup.listed()).isTrue();
        assertThat(requests).containsExactly("GET /v1/models test-key");
    }

    @Test
    void shouldCallAModelTheAccountCannotUseMissing() {
        answer = Reply.json(200, models("eleven_v3", "eleven_flash_v2_5"));

        assertThat(catalog("eleven_multilingual_v1").lookup().listed()).isFalse();
    }

    @Test
    void shouldConcludeNothingFromAnError() {
        answer = Reply.json(500, "{\"detail\":{\"status\":\"internal\"}}");

        assertThatThrownBy(() -> catalog("eleven_multilingual_v2").lookup()).hasMessageContaining("500");
    }

    private ElevenLabsModelCatalog catalog(String modelId) {
        return new ElevenLabsModelCatalog(new TtsProperties.ElevenLabs("test-key", elevenLabs.url(""), modelId, 0.5,
                0.75, Duration.ofSeconds(3), 1, Duration.ofMillis(10)));
    }

    private static String models(String... ids) {
        return "[" + String.join(",", java.util.Arrays.stream(ids).map(id -> """
                {"model_id":"%s","name":"%s","can_do_text_to_speech":true,"languages":[{"language_id":"en"}]}"""
                .formatted(id, id)).toList()) + "]";
    }
}
