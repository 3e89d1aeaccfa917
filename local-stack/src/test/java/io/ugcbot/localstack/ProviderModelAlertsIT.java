package io.ugcbot.localstack;

import io.ugcbot.edit.EditApplication;
import io.ugcbot.embedded.FakeProvider;
import io.ugcbot.embedded.FakeProvider.Reply;
import io.ugcbot.events.ops.ModelAlertKind;
import io.ugcbot.events.ops.ProviderModelAlert;
import io.ugcbot.kit.models.ModelLifecycleCheck;
import io.ugcbot.localstack.support.EndToEndTest;
import io.ugcbot.localstack.support.SharedStack;
import io.ugcbot.localstack.support.TelegramUser;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A retired provider model, from the provider's answer to the admins' chat: an edit-service instance configured with
 * an OpenAI model that the (local, fake) OpenAI no longer lists finds out at start, says so in its health and metrics,
 * and the admins hear of it once, however many times and from however many instances it is reported that day.
 */
class ProviderModelAlertsIT extends EndToEndTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JdbcClient db = JdbcClient.create(stack.infrastructure().dataSource());

    @Test
    void shouldTellTheAdminsOnceAndShowTheModelInHealthWhenTheProviderNoLongerHasIt() throws Exception {
        String model = "gpt-image-e2e-" + UUID.randomUUID().toString().substring(0, 8);
        TelegramUser admin = new TelegramUser(stack.emulator().telegram(), SharedStack.ADMIN_ID, "en");
        List<String> asked = new CopyOnWriteArrayList<>();
        try (FakeProvider openAi = FakeProvider.start(request -> {
            asked.add(request.method() + " " + request.uri());
            return Reply.json(404, "{\"error\":{\"message\":\"The model '" + model + "' does not exist\","
                    + "\"type\":\"invalid_request_error\",\"param\":\"model\",\"code\":\"model_not_found\"}}");
        }); ConfigurableApplicationContext edit = editServiceWith(openAi.url(""), model)) {

            String alert = "edit-service cannot use the openai model " + model;
            admin.awaitsText(alert);
            assertThat(asked).contains("GET /v1/models/" + model);

            int management = Integer.parseInt(edit.getEnvironment().getProperty("local.management.port"));
            String health = get(management, "/actuator/health/providerModels");
            assertThat(health).contains("\"status\":\"DEGRADED\"", "openai " + model, "UNAVAILABLE", "404");
            assertThat(get(management, "/actuator/metrics/ugc.provider.model.usable?tag=model:" + model))
                    .contains("\"value\":0.0");

            // the daily check again, and two other instances reporting the same model the same day
            edit.getBean(ModelLifecycleCheck.class).checkAll();
            ProviderModelAlert again = new ProviderModelAlert("edit-service", "openai", model,
                    ModelAlertKind.UNAVAILABLE, null, "model_not_found", Instant.now());
            kafka.publish(again, "edit-service");
            kafka.publish(again, "edit-service");
            awaitQuiet();

            assertThat(admin.botMessages()).filteredOn(message -> message.text().contains(alert)).hasSize(1);
            assertThat(db.sql("select count(*) from gateway.outgoing_message where dedup_key like :key")
                    .param("key", "model-alert:UNAVAILABLE:openai/" + model + ":%").query(Long.class).single())
                    .as("one message per admin chat").isEqualTo(1);
        }
    }

    @Test
    void shouldWarnTheAdminsOfAShutdownDateOncePerDay() {
        String model = "fal-ai/e2e-" + UUID.randomUUID().toString().substring(0, 8);
        TelegramUser admin = new TelegramUser(stack.emulator().telegram(), SharedStack.ADMIN_ID, "en");
        ProviderModelAlert retiring = new ProviderModelAlert("video-service", "fal", model,
                ModelAlertKind.SHUTDOWN_SCHEDULED, LocalDate.now().plusDays(20), "listed shutdown", Instant.now());

        kafka.publish(retiring, "video-service");
        kafka.publish(retiring, "video-service");
        String warning = "The fal model " + model + " that video-service uses shuts down on "
                + LocalDate.now().plusDays(20);
        admin.awaitsText(warning);
        awaitQuiet();

        assertThat(admin.botMessages()).filteredOn(message -> message.text().contains(warning)).hasSize(1);
    }

    /**
     * One more edit-service, on a schema and consumer group of its own and with its listeners off, so it takes none of
     * the stack's edits: it only checks its model at start and sends what it finds through its own outbox.
     */
    private ConfigurableApplicationContext editServiceWith(String openAiUrl, String model) {
        List<String> args = isolatedInstanceArguments("edit", "edit_models",
                "--edit.provider=openai",
                "--edit.openai.key=sk-test-models",
                "--edit.openai.base-url=" + openAiUrl,
                "--edit.openai.model=" + model,
                "--ugc.models.first-check-after=0s");
        return EditApplication.builder().registerShutdownHook(false).run(args.toArray(String[]::new));
    }

    private String get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
