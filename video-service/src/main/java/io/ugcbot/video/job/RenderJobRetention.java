package io.ugcbot.video.job;

import io.ugcbot.kit.retention.PruneRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Finished render jobs and their fal requests go after the record retention (see the kit's retention). */
@Configuration
class RenderJobRetention {

    @Bean
    PruneRule finishedRenderJobs() {
        return new PruneRule("render_job", "t.status in ('DONE', 'FAILED', 'CANCELLED') and t.updated_at < :cutoff");
    }

    @Bean
    PruneRule finishedFalRequests() {
        return new PruneRule("fal_request", "t.submitted_at < :cutoff and not exists (select 1 from render_job j "
                + "where j.generation_id = t.generation_id and j.status in ('QUEUED', 'RENDERING', 'WAITING'))");
    }
}
