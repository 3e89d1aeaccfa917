package io.ugcbot.edit.job;

import io.ugcbot.kit.retention.PruneRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Finished edit jobs go after the record retention (see the kit's retention). */
@Configuration
class EditJobRetention {

    @Bean
    PruneRule finishedEditJobs() {
        return new PruneRule("edit_job", "t.status = 'DONE' and t.created_at < :cutoff");
    }
}
