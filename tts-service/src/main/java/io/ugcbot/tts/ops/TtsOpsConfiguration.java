package io.ugcbot.tts.ops;

import io.ugcbot.kit.ops.RecordEffects;
import io.ugcbot.kit.ops.SubjectState;
import io.ugcbot.kit.ops.TableState;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What bin/replay and bin/trace learn from tts-service (service-kit's {@code ops} package explains both). */
@Configuration(proxyBeanMethods = false)
class TtsOpsConfiguration {

    /** A finished speech job is pruned after the record retention: a forgotten request would be synthesized again. */
    @Bean
    RecordEffects recordEffects() {
        return new RecordEffects()
                .outside("tts.SynthesizeSpeech.v1", "queues a speech job: a paid call to the speech provider")
                .outside("tts.ReloadVoices.v1", "reads the voice manifest and republishes the catalog (may synthesize "
                        + "previews of new voices)");
    }

    @Bean
    SubjectState speechJobState(JdbcClient jdbc) {
        return new TableState(jdbc, "speech_job",
                "select status, attempts, lease_until, next_attempt_at, created_at from speech_job "
                        + "where request_id = :id", null);
    }
}
