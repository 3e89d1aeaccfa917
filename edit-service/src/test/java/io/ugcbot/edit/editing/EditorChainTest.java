package io.ugcbot.edit.editing;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.ugcbot.edit.EditProperties;
import io.ugcbot.embedded.FakeProvider;
import io.ugcbot.embedded.FakeProvider.Reply;
import io.ugcbot.events.FailureCode;
import io.ugcbot.events.ops.ModelAlertKind;
import io.ugcbot.events.ops.ProviderModelAlert;
import io.ugcbot.kit.fal.FalQueue;
import io.ugcbot.kit.models.ProviderCalls;
import io.ugcbot.kit.models.ProviderModel;
import io.ugcbot.kit.models.ProviderModels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * EDIT_PROVIDER=auto with both keys: fal, then OpenAI, then the offline editor, against local servers answering as
 * fal and OpenAI do for a model they no longer have.
 */
class EditorChainTest {

    private static final String FAL_MODEL = "fal-ai/nano-banana-2/edit";
    private static final String OPENAI_MODEL = "gpt-image-2.6-sunburst";
    private static final byte[] EDITED = "edited-png-bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final List<String> falCalls = new CopyOnWriteArrayList<>();
    private final List<String> openAiCalls = new CopyOnWriteArrayList<>();
    private final List<ProviderModelAlert> alerts = new CopyOnWriteArrayList<>();
    private final ProviderModels models = new ProviderModels(alerts::add, new SimpleMeterRegistry(), "edit-service",
            Clock.systemUTC());
    private volatile boolean falGone = true;
    private volatile Reply openAiAnswer = Reply.json(404, openAiError("model_not_found",
            "The model `" + OPENAI_MODEL + "` does not exist or you do not have access to it."));

    private final FakeProvider fal = FakeProvider.start(request -> {
        falCalls.add(request.method() + " " + request.uri());
        return falGone ? Reply.json(404, "{\"detail\":\"Application 'nano-banana-2' not found\"}")
                : Reply.json(401, "{\"detail\":\"Invalid Key\"}");
    });
    private final FakeProvider openAi = FakeProvider.start(request -> {
        openAiCalls.add(request.method() + " " + request.uri());
        return openAiAnswer;
    });

    @AfterEach
    void stop() {
        fal.close();
        openAi.close();
    }

    @Test
    void shouldHandAnEditToTheNextModelAndLetTheOfflineEditorStandInLast() {
        EditorChain chain = chain();

        EditorChain.Outcome outcome = chain.edit(portrait(), new byte[]{1}, "black and white");

        assertThat(outcome).isInstanceOfSatisfying(EditorChain.Edited.class, edited -> {
            assertThat(edited.standIn()).as("the user is told a stand-in made it").isTrue();
            assertThat(edited.applied()).containsExactly("black and white");
        });
        assertThat(falCalls).hasSize(1);
        assertThat(openAiCalls).hasSize(1);
        assertThat(alerts).extracting(ProviderModelAlert::model, ProviderModelAlert::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FAL_MODEL, ModelAlertKind.UNAVAILABLE),
                org.assertj.core.groups.Tuple.tuple(OPENAI_MODEL, ModelAlertKind.UNAVAILABLE));
        assertThat(models.health().getDetails()).containsKeys("fal " + FAL_MODEL, "openai " + OPENAI_MODEL);
        assertThat(models.health().getStatus().getCode()).isEqualTo("DEGRADED");
    }

    @Test
    void shouldSkipModelsKnownToBeGoneAndAlertOnlyOncePerDay() {
        EditorChain chain = chain();
        chain.edit(portrait(), new byte[]{1}, "black and white");

        EditorChain.Outcome second = chain.edit(portrait(), new byte[]{1}, "mirror");

        assertThat(second).isInstanceOf(EditorChain.Edited.class);
        assertThat(falCalls).as("not asked again within the hour").hasSize(1);
        assertThat(openAiCalls).hasSize(1);
        assertThat(alerts).hasSize(2);
        assertThat(models.usable(new ProviderModel("fal", FAL_MODEL))).isFalse();
    }

    @Test
    void shouldSayTheModelIsUnavailableWhenTheStandInUnderstandsNothing() {
        EditorChain.Outcome outcome = chain().edit(portrait(), new byte[]{1}, "put her in a red jacket");

        assertThat(outcome).isInstanceOfSatisfying(EditorChain.Refused.class,
                refused -> assertThat(refused.failure().code()).isEqualTo(FailureCode.MODEL_UNAVAILABLE));
    }

    @Test
    void shouldUseTheNextModelWhenTheFirstIsGone() {
        openAiAnswer = Reply.json(200, "{\"data\":[{\"b64_json\":\"" + Base64.getEncoder().encodeToString(EDITED)
                + "\"}]}");

        EditorChain.Outcome outcome = chain().edit(portrait(), new byte[]{1}, "put her in a red jacket");

        assertThat(outcome).isInstanceOfSatisfying(EditorChain.Edited.class, edited -> {
            assertThat(edited.png()).isEqualTo(EDITED);
            assertThat(edited.standIn()).as("another AI model made it: nothing to tell").isFalse();
        });
        assertThat(models.usable(new ProviderModel("openai", OPENAI_MODEL))).isTrue();
    }

    @Test
    void shouldNotHandOnARefusalOtherThanAnUnavailableModel() {
        falGone = false;

        EditorChain.Outcome outcome = chain().edit(portrait(), new byte[]{1}, "black and white");

        assertThat(outcome).isInstanceOfSatisfying(EditorChain.Refused.class,
                refused -> assertThat(refused.failure().code()).isEqualTo(FailureCode.PROVIDER_ACCOUNT));
        assertThat(openAiCalls).isEmpty();
        assertThat(alerts).isEmpty();
    }

    private EditorChain chain() {
        EditProperties.Fal falSettings = new EditProperties.Fal("fal-key", fal.url(""), FAL_MODEL,
                Duration.ofSeconds(3), Duration.ofMillis(10), Duration.ofMillis(40), Duration.ofMinutes(1), 2);
        EditProperties.OpenAi openAiSettings = new EditProperties.OpenAi("openai-key", openAi.url(""), OPENAI_MODEL,
                "medium", Duration.ofSeconds(3), 2, Duration.ofMillis(10));
        return new EditorChain(List.of(
                new FalImageEditor(falSettings, new FalQueue(falSettings.queue()), Clock.systemUTC()),
                new OpenAiImageEditor(openAiSettings)), new OfflineImageEditor(), true, models,
                new ProviderCalls(new SimpleMeterRegistry()));
    }

    private static BufferedImage portrait() {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xff8844);
        return image;
    }

    private static String openAiError(String code, String message) {
        return "{\"error\":{\"message\":\"%s\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"%s\"}}"
                .formatted(message, code);
    }
}
