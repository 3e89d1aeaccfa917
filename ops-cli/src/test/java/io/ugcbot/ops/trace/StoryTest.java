package io.ugcbot.ops.trace;

import io.ugcbot.ops.kafka.RecordView;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StoryTest {

    private static final Instant START = Instant.parse("2026-12-02T18:00:00Z");
    private static final String GENERATION = "0193a1b2-0000-7000-8000-000000000001";

    @Test
    void shouldCallAGenerationCompleteOnceItsMoneyIsSettled() {
        Story story = Story.of(GENERATION, List.of(
                record("gateway.events", "gateway.GenerationRequested.v1", 0, "{}"),
                record("credits.events", "credits.CreditsReserved.v1", 1, "{}"),
                record("video.events", "video.VideoProgress.v1", 2, "{\"percent\":10}"),
                record("video.events", "video.VideoProgress.v1", 3, "{\"percent\":90}"),
                record("video.events", "video.VideoReady.v1", 4, "{}"),
                record("credits.events", "credits.CreditsCaptured.v1", 5, "{}")), START.plusSeconds(60));

        assertThat(story.complete()).isTrue();
        assertThat(story.stoppedAt()).isNull();
        assertThat(story.line()).isEqualTo("GenerationRequested → CreditsReserved → VideoProgress 90 % → VideoReady"
                + " → CreditsCaptured");
    }

    @Test
    void shouldNameWhatAStoppedGenerationWaitsForAndForHowLong() {
        Story story = Story.of(GENERATION, List.of(
                record("gateway.events", "gateway.GenerationRequested.v1", 0, "{}"),
                record("credits.events", "credits.CreditsReserved.v1", 1, "{}"),
                record("video.events", "video.VideoProgress.v1", 2, "{\"stage\":\"RENDERING\",\"percent\":55}")),
                START.plus(Duration.ofMinutes(12)).plusSeconds(2));

        assertThat(story.complete()).isFalse();
        assertThat(story.line()).isEqualTo("GenerationRequested → CreditsReserved → VideoProgress 55 % … no VideoReady"
                + " after 12 min");
    }

    @Test
    void shouldWaitForTheRefundAfterAFailedVideo() {
        Story story = Story.of(GENERATION, List.of(
                record("gateway.events", "gateway.GenerationRequested.v1", 0, "{}"),
                record("credits.events", "credits.CreditsReserved.v1", 1, "{}"),
                record("video.events", "video.VideoFailed.v1", 2, "{}")), START.plusSeconds(7));

        assertThat(story.stoppedAt()).isEqualTo("no CreditsReleased after 5.0 s");
    }

    @Test
    void shouldStopAStoryAtItsDeadLetter() {
        Story story = Story.of(GENERATION, List.of(
                record("tts.commands.dlt", "tts.SynthesizeSpeech.v1", 0, "{")), START.plusSeconds(1));

        assertThat(story.complete()).isFalse();
        assertThat(story.line()).isEqualTo("SynthesizeSpeech ✗ tts.commands.dlt … stopped: dead-lettered to "
                + "tts.commands.dlt");
    }

    @Test
    void shouldSayNothingIsMissingWhenTheStoryHasNoKnownNextStep() {
        Story story = Story.of("42", List.of(record("tts.voices", "tts.VoicePublished.v1", 0, "{}")), START);

        assertThat(story.complete()).isFalse();
        assertThat(story.stoppedAt()).isNull();
        assertThat(story.line()).isEqualTo("VoicePublished");
    }

    @Test
    void shouldSummarizeAPayloadOnOneLineWithoutTheIdsTheTraceIsAbout() {
        assertThat(PayloadSummary.of("{\"generationId\":\"x\",\"userId\":7,\"video\":{\"bucket\":\"b\",\"key\":"
                + "\"videos/x.mp4\"},\"durationMs\":4200,\"words\":[1,2,3],\"failure\":{\"code\":\"PROVIDER_QUOTA\"}}"))
                .isEqualTo("video=videos/x.mp4 durationMs=4200 words=[3] failure=PROVIDER_QUOTA");
        assertThat(PayloadSummary.of("{\"text\":\"Fresh bread every morning\"}"))
                .isEqualTo("text=\"Fresh bread every morning\"");
        assertThat(PayloadSummary.of("{\"requestId\":")).startsWith("(not JSON) {\"requestId\":");
    }

    private static RecordView record(String topic, String type, int second, String value) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        headers.put("ce_type", type.getBytes(StandardCharsets.UTF_8));
        headers.put("ce_time", START.plusSeconds(second).toString().getBytes(StandardCharsets.UTF_8));
        return new RecordView(topic, 0, second, START.plusSeconds(second), "7", headers, value);
    }
}
