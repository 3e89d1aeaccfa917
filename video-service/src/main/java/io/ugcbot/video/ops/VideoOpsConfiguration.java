package io.ugcbot.video.ops;

import io.ugcbot.kit.ops.RecordEffects;
import io.ugcbot.kit.ops.SubjectState;
import io.ugcbot.kit.ops.TableState;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What bin/replay and bin/trace learn from video-service (service-kit's {@code ops} package explains both). */
@Configuration(proxyBeanMethods = false)
class VideoOpsConfiguration {

    /**
     * A finished render job is pruned after the record retention: a forgotten request with its reservation would be
     * rendered (and delivered) again, while a cancellation only ever cancels.
     */
    @Bean
    RecordEffects recordEffects() {
        return new RecordEffects()
                .outside("gateway.GenerationRequested.v1", "creates the render job (a paid render once it is paid for)")
                .outside("credits.CreditsReserved.v1", "marks the render job paid and queues it: a paid render")
                .keyed("credits.CreditsRejected.v1", "cancels the render job")
                .keyed("credits.CreditsReleased.v1", "cancels the render job");
    }

    @Bean
    SubjectState renderJobState(JdbcClient jdbc) {
        return new TableState(jdbc, "render_job",
                "select status, reserved, attempts, failure, lease_until, updated_at from render_job "
                        + "where generation_id = :id",
                "select generation_id, status, attempts, updated_at from render_job where user_id = :user "
                        + "order by created_at desc limit 10");
    }

    @Bean
    SubjectState falRequestState(JdbcClient jdbc) {
        return new TableState(jdbc, "fal_request",
                "select request_id, submitted_at, completed_at from fal_request where generation_id = :id", null);
    }
}
