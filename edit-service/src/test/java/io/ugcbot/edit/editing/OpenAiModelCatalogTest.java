package io.ugcbot.edit.editing;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.ugcbot.edit.EditProperties;
import io.ugcbot.embedded.FakeProvider;
import io.ugcbot.embedded.FakeProvider.Reply;
import io.ugcbot.events.ops.ModelAlertKind;
import io.ugcbot.events.ops.ProviderModelAlert;
import io.ugcbot.kit.models.ModelLifecycleCheck;
import io.ugcbot.kit.models.ProviderModel;
import io.ugcbot.kit.models.ProviderModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up and daily check of the configured OpenAI model against a local server answering
 * {@code GET /v1/models/{model}} as OpenAI documents it (with {@code shutdown_date}), on 2 Dec 2026, warning 30 days
 * ahead.
 */
class OpenAiModelCatalogTest {

    private static final String MODEL = "gpt-image-2.6-sunburst";
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile Reply answer;
    private final FakeProvider openAi = FakeProvider.start(request -> {
        requests.add(request.method() + " " + request.uri() + " " + request.authorization());
        return answer;
    });
    private final List<ProviderModelAlert> alerts = new CopyOnWriteArrayList<>();
    private final ProviderModels models = new ProviderModels(alerts::add, new SimpleMeterRegistry(), "edit-service",
            TODAY);

    @AfterEach
    void stop() {
        openAi.close();
    }

    @Test
    void shouldWarnTheAdminsOfAShutdownWithinTheWarningPeriod() {
        answer = model("\"2026-12-20\"");

        check();

        assertThat(requests).containsExactly("GET /v1/models/" + MODEL + " Bearer test-key");
        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(ModelAlertKind.SHUTDOWN_SCHEDULED);
            assertThat(alert.shutdownDate()).isEqualTo(LocalDate.parse("2026-12-20"));
            assertThat(alert.model()).isEqualTo(MODEL);
        });
        assertThat(state().condition()).isEqualTo(ProviderModels.Condition.RETIRING);
        assertThat(models.usable(new ProviderModel("openai", MODEL))).as("it still works until then").isTrue();
    }

    @Test
    void shouldTreatAModelPastItsShutdownDateAsUnavailable() {
        answer = model("\"2026-12-01\"");

        check();

        assertThat(alerts).singleElement().extracting(ProviderModelAlert::kind).isEqualTo(ModelAlertKind.UNAVAILABLE);
        assertThat(state().condition()).isEqualTo(ProviderModels.Condition.UNAVAILABLE);
    }

    @Test
    void shouldTreatAModelOpenAiNoLongerListsAsUnavailable() {
        answer = Reply.json(404, "{\"error\":{\"message\":\"The model '" + MODEL + "' does not exist\","
                + "\"type\":\"invalid_request_error\",\"param\":\"model\",\"code\":\"model_not_found\"}}");

        check();

        assertThat(alerts).singleElement().extracting(ProviderModelAlert::kind).isEqualTo(ModelAlertKind.UNAVAILABLE);
    }

    @Test
    void shouldStayQuietAboutAModelWithoutAShutdownDateOrWithAFarOne() {
        answer = model("null");
        check();
        answer = model("\"2027-06-01\"");
        check();

        assertThat(alerts).isEmpty();
        assertThat(state().condition()).isEqualTo(ProviderModels.Condition.AVAILABLE);
    }

    @Test
    void shouldConcludeNothingWhenOpenAiDoesNotAnswerProperly() {
        answer = Reply.json(503, "{\"error\":{\"message\":\"overloaded\"}}");

        check();

        assertThat(alerts).isEmpty();
        assertThat(state().condition()).isEqualTo(ProviderModels.Condition.CONFIGURED);
    }

    @Test
    void shouldWarnAgainOnTheNextDayOnly() {
        answer = model("\"2026-12-20\"");
        check();
        check();
        assertThat(alerts).hasSize(1);
    }

    private void check() {
        OpenAiModelCatalog catalog = new OpenAiModelCatalog(new EditProperties.OpenAi("test-key", openAi.url(""),
                MODEL, "medium", Duration.ofSeconds(3), 1, Duration.ofMillis(10)));
        new ModelLifecycleCheck(List.of(catalog), models, 30, TODAY).checkAll();
    }

    private ProviderModels.State state() {
        return models.states().get(new ProviderModel("openai", MODEL));
    }

    private static Reply model(String shutdownDate) {
        return Reply.json(200, """
                {"id":"%s","object":"model","created":1762214400,"owned_by":"openai","shutdown_date":%s}"""
                .formatted(MODEL, shutdownDate));
    }
}
