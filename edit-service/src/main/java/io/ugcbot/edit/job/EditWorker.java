package io.ugcbot.edit.job;

import io.ugcbot.edit.editing.ImageEditing;
import io.ugcbot.events.edit.EditImage;
import io.ugcbot.kit.jobs.CommandJobs;
import io.ugcbot.kit.outage.DependencyFailures;
import io.ugcbot.kit.outage.OutageWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Makes claimed edits outside any transaction, one after another, and finishes each with its outcome. */
@Component
class EditWorker {

    private static final Logger log = LoggerFactory.getLogger(EditWorker.class);

    private final CommandJobs<EditImage> jobs;
    private final ImageEditing editing;

    EditWorker(CommandJobs<EditImage> jobs, ImageEditing editing) {
        this.jobs = jobs;
        this.editing = editing;
    }

    @Scheduled(fixedDelayString = "${edit.poll-interval}")
    void editWaitingImages() {
        while (true) {
            var claimed = jobs.claimNext();
            if (claimed.isEmpty()) {
                return;
            }
            CommandJobs.Claimed<EditImage> job = claimed.get();
            try {
                var outcome = jobs.whileLeased(job, () -> editing.edit(job.command()));
                OutageWait.run("recording edit " + job.command().requestId(), () -> jobs.finished(job, outcome));
            } catch (Exception | Error e) {
                // every failure counts toward the attempts, not only RuntimeException: an Error escaping here once
                // left the job RUNNING, to be retaken each time its lease ran out, without end
                if (DependencyFailures.isOutage(e)) {
                    log.warn("Edit {} interrupted by an outage, back in the queue: {}", job.command().requestId(),
                            e.toString());
                    OutageWait.run("requeueing edit " + job.command().requestId(),
                            () -> jobs.interruptedByOutage(job));
                    return;
                }
                log.error("Edit {} failed", job.command().requestId(), e);
                OutageWait.run("recording failed edit " + job.command().requestId(), () -> jobs.attemptFailed(job));
            }
        }
    }
}
