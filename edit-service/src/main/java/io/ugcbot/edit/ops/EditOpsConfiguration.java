package io.ugcbot.edit.ops;

import io.ugcbot.kit.ops.RecordEffects;
import io.ugcbot.kit.ops.SubjectState;
import io.ugcbot.kit.ops.TableState;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What bin/replay and bin/trace learn from edit-service (service-kit's {@code ops} package explains both). */
@Configuration(proxyBeanMethods = false)
class EditOpsConfiguration {

    /** A finished edit job is pruned after the record retention: a forgotten request would be edited again. */
    @Bean
    RecordEffects recordEffects() {
        return new RecordEffects()
                .outside("edit.EditImage.v1", "queues an edit job: a paid call to the image provider");
    }

    @Bean
    SubjectState editJobState(JdbcClient jdbc) {
        return new TableState(jdbc, "edit_job",
                "select status, attempts, lease_until, created_at from edit_job where request_id = :id", null);
    }
}
