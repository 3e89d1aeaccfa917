package io.ugcbot.video.job;

import io.ugcbot.kit.jobs.JobTable;
import io.ugcbot.kit.retention.PruneRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** Finished render jobs and their fal requests go after the record retention (see the kit's retention); the queue is measured. */
@Configuration
class RenderJobRetention {

    @Bean
    PruneRule finishedRenderJobs() {
        return new PruneRule("render_job", "t.status in ('DONE', 'FAILED', 'CANCELLED') and t.updated_at < :cutoff");
    }

    /** Jobs waiting for their reservation, queued and rendering, measured as {@code ugc.jobs}. */
    @Bean
    JobTable renderJobTable() {
        return new JobTable("render_job", List.of("WAITING", "QUEUED", "RENDERING"));
    }

    @Bean
    PruneRule finishedFalRequests() {
        return new PruneRule("fal_request", "t.submitted_at < :cutoff and not exists (select 1 from render_job j "
                + "where j.generation_id = t.generation_id and j.status in ('QUEUED', 'RENDERING', 'WAITING'))");
    }
}
