package io.ugcbot.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compatibility check for replaying old topics: every message type has a JSON fixture, the fixture reads into the
 * expected record and the record writes back to the same JSON. A changed record that breaks an old fixture fails here.
 * Run with {@code -Dfixtures.write=true} once to write the fixture of a new type.
 */
class MessageFixturesTest {

    private final MessageCodec codec = new MessageCodec();

    static Stream<String> types() {
        return MessageTypes.all().keySet().stream().sorted();
    }

    @Test
    void everyMessageTypeHasASample() {
        assertThat(MessageMother.SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(MessageTypes.all().values());
    }

    @ParameterizedTest
    @MethodSource("types")
    void fixtureRoundTrips(String type) throws IOException {
        Message sample = MessageMother.SAMPLES.get(MessageTypes.classOf(type).orElseThrow());
        String fixture = readFixture(type, sample);

        assertThat(codec.decode(type, fixture)).contains(sample);
        JsonNode written = codec.json().readTree(codec.encode(sample));
        assertThat(written).isEqualTo(codec.json().readTree(fixture));
    }

    @Test
    void readersIgnoreFieldsTheyDoNotKnow() {
        String newer = "{\"generationId\":\"7d1c3a52-2f4e-4e0b-9a51-8c4f4b0c9e11\",\"userId\":1,"
                + "\"reason\":\"x\",\"retryable\":true}";
        assertThat(codec.decode("video.VideoFailed.v1", newer)).isPresent();
    }

    @Test
    void readersAcceptMessagesFromProducersThatPredateAField() {
        String older = "{\"requestId\":\"7d1c3a52-2f4e-4e0b-9a51-8c4f4b0c9e11\",\"userId\":1,"
                + "\"voiceId\":\"en-female-1\",\"text\":\"Hi\",\"language\":\"en\"}";
        assertThat(codec.decode("tts.SynthesizeSpeech.v1", older)).get()
                .isInstanceOfSatisfying(io.ugcbot.events.tts.SynthesizeSpeech.class,
                        command -> assertThat(command.pacePercent()).isEqualTo(100));
    }

    @Test
    void failuresFromBeforeCodesReadAsUnknownWithTheirReason() {
        String older = "{\"generationId\":\"7d1c3a52-2f4e-4e0b-9a51-8c4f4b0c9e11\",\"userId\":1,"
                + "\"reason\":\"the renderer stopped\"}";
        assertThat(codec.decode("video.VideoFailed.v1", older)).get()
                .isInstanceOfSatisfying(io.ugcbot.events.video.VideoFailed.class, failed -> {
                    assertThat(failed.failure().code()).isEqualTo(FailureCode.UNKNOWN);
                    assertThat(failed.reason()).isEqualTo("the renderer stopped");
                });
    }

    @Test
    void aFailureCodeFromANewerProducerReadsAsUnknown() {
        String newer = "{\"requestId\":\"7d1c3a52-2f4e-4e0b-9a51-8c4f4b0c9e11\",\"userId\":1,\"reason\":\"x\","
                + "\"failure\":{\"code\":\"SOLAR_FLARE\",\"figures\":[1.0]}}";
        assertThat(codec.decode("storage.FileRejected.v1", newer)).get()
                .isInstanceOfSatisfying(io.ugcbot.events.storage.FileRejected.class,
                        rejected -> assertThat(rejected.failure().code()).isEqualTo(FailureCode.UNKNOWN));
    }

    @Test
    void theEnglishReasonIsWrittenFromTheCodeAndItsFigures() {
        assertThat(new io.ugcbot.events.storage.FileRejected(UUID.randomUUID(), 1,
                Failure.of(FailureCode.CLIP_TOO_LONG, 18.24, 15)).reason())
                .isEqualTo("the clip is 18.2 s long; at most 15 s");
        assertThat(FailureCode.SCRIPT_LENGTH.describe(List.of())).isEqualTo("the script must have 1 to %.0f characters");
    }

    @Test
    void unknownTypesAreNotDecoded() {
        assertThat(codec.decode("video.VideoTeleported.v1", "{}")).isEmpty();
    }

    private String readFixture(String type, Message sample) throws IOException {
        String name = "fixtures/" + type + ".json";
        if (Boolean.getBoolean("fixtures.write")) {
            Path file = Path.of("src/test/resources", name);
            Files.writeString(file, codec.json().writerWithDefaultPrettyPrinter().writeValueAsString(sample) + "\n");
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
