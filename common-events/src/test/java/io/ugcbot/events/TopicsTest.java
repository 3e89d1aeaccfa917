package io.ugcbot.events;

import io.ugcbot.events.credits.CreditsReserved;
import io.ugcbot.events.tts.SynthesizeSpeech;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicsTest {

    @Test
    void eventsGoToTheEmittersTopicAndCommandsToTheHandlers() {
        assertThat(Topics.of(CreditsReserved.class).name()).isEqualTo("credits.events");
        assertThat(Topics.of(SynthesizeSpeech.class).name()).isEqualTo("tts.commands");
    }

    @Test
    void typesNameTheirTopicOwnerAndVersion() {
        assertThat(MessageTypes.typeOf(CreditsReserved.class)).isEqualTo("credits.CreditsReserved.v1");
        assertThat(MessageTypes.classOf("credits.CreditsReserved.v1")).contains(CreditsReserved.class);
    }

    @Test
    void envelopeIsKeyedByUserAndCarriesTheSubject() {
        Message sample = MessageMother.SAMPLES.get(CreditsReserved.class);
        Envelope envelope = Envelope.wrap(sample, "credits-service", null);

        assertThat(envelope.key()).isEqualTo("424242");
        assertThat(envelope.headers())
                .containsEntry(CloudEventHeaders.SUBJECT, MessageMother.GENERATION.toString())
                .containsEntry(CloudEventHeaders.TYPE, "credits.CreditsReserved.v1")
                .containsKey(CloudEventHeaders.ID);
    }
}
