package io.ugcbot.edit.job;

import io.ugcbot.edit.editing.ImageEditing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Makes claimed edits outside any transaction, one after another, and finishes each with its outcome. */
@Component
class EditWorker {

    private static final Logger log = LoggerFactory.getLogger(EditWorker.class);

    private final EditJobs jobs;
    private final ImageEditing editing;

    EditWorker(EditJobs jobs, ImageEditing editing) {
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
            EditJobs.Claimed job = claimed.get();
            try {
                jobs.finished(job, editing.edit(job.command()));
            } catch (RuntimeException e) {
                log.error("Edit {} failed", job.command().requestId(), e);
                jobs.attemptFailed(job);
            }
        }
    }
}
