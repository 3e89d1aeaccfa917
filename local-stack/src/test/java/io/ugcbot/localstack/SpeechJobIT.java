package io.ugcbot.localstack;

import io.ugcbot.events.CloudEventHeaders;
import io.ugcbot.events.Topics;
import io.ugcbot.embedded.KafkaTopics;
import io.ugcbot.events.tts.SynthesizeSpeech;
import io.ugcbot.localstack.support.EndToEndTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speech is a persisted job: the same request delivered again (a command sent twice, a consumer's redelivery) is
 * synthesized once, by one attempt, and answered once. The provider is called by the worker, outside the consumer's
 * transaction, so nothing that fails in that transaction afterwards can make it be called again.
 */
class SpeechJobIT extends EndToEndTest {

    private final JdbcClient db = JdbcClient.create(stack.infrastructure().dataSource());

    @Test
    void shouldSynthesizeARequestDeliveredTwiceOnce() {
        long user = newUser().id();
        UUID request = UUID.randomUUID();
        SynthesizeSpeech command = new SynthesizeSpeech(request, user, "en-female-1", "Said once, asked twice.",
                "en", 100);

        kafka.publish(command, "gateway-bot");
        kafka.publish(command, "gateway-bot");
        awaitQuiet();

        Map<String, Object> job = db.sql("select status, attempts from tts.speech_job where request_id = ?")
                .param(request).query().singleRow();
        assertThat(job).containsEntry("status", "DONE").containsEntry("attempts", 1);
        assertThat(kafka.readAll(r -> r.topic().equals(Topics.TTS_EVENTS)
                && request.toString().equals(KafkaTopics.header(r, CloudEventHeaders.SUBJECT))))
                .extracting(r -> KafkaTopics.header(r, CloudEventHeaders.TYPE))
                .containsExactly("tts.SpeechSynthesized.v1");
    }
}
