package io.ugcbot.edit.job;

import io.ugcbot.events.Failure;
import io.ugcbot.events.FailureCode;
import io.ugcbot.events.edit.EditImage;
import io.ugcbot.events.edit.ImageEditFailed;
import io.ugcbot.kit.jobs.CommandJobs;
import io.ugcbot.kit.jobs.JobTable;
import io.ugcbot.kit.retention.PruneRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** Edits are persisted, leased jobs (service-kit's {@link CommandJobs}) in {@code edit_job}. */
@Configuration
class EditJobConfiguration {

    @Bean
    CommandJobs<EditImage> editJobs(CommandJobs.Factory jobs) {
        // renewed every 30 s while the edit runs (CommandJobs.whileLeased): the wait of a job whose instance died,
        // and still longer than a minute's database outage (see SpeechJobConfiguration)
        return jobs.create(new CommandJobs.Spec<>("edit_job", EditImage.class, EditImage::requestId,
                EditImage::userId, Duration.ofSeconds(90), 3, command -> new ImageEditFailed(command.requestId(),
                command.userId(), Failure.of(FailureCode.INTERNAL))));
    }

    /** The queue of edits, measured as {@code ugc.jobs}. */
    @Bean
    JobTable editJobTable() {
        return JobTable.leased("edit_job");
    }

    /** Finished edit jobs go after the record retention (see the kit's retention). */
    @Bean
    PruneRule finishedEditJobs() {
        return new PruneRule("edit_job", "t.status = 'DONE' and t.created_at < :cutoff");
    }
}
