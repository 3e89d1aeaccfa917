package io.ugcbot.tts.job;

import io.ugcbot.events.tts.SynthesizeSpeech;
import io.ugcbot.kit.jobs.CommandJobs;
import io.ugcbot.kit.outage.DependencyFailures;
import io.ugcbot.kit.outage.OutageWait;
import io.ugcbot.kit.worker.WakeableWorker;
import io.ugcbot.tts.TtsProperties;
import io.ugcbot.tts.speech.SpeechSynthesis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Makes claimed speech outside any transaction, woken as soon as a job is queued (the user is waiting) and every poll
 * interval otherwise (retries that came due, jobs a crashed instance left).
 */
@Component
public class SpeechWorker extends WakeableWorker {

    private static final Logger log = LoggerFactory.getLogger(SpeechWorker.class);

    private final CommandJobs<SynthesizeSpeech> jobs;
    private final SpeechSynthesis synthesis;

    SpeechWorker(CommandJobs<SynthesizeSpeech> jobs, SpeechSynthesis synthesis, TtsProperties properties) {
        super("speech-worker", properties.pollInterval());
        this.jobs = jobs;
        this.synthesis = synthesis;
    }

    @Override
    protected boolean workOnce() {
        Optional<CommandJobs.Claimed<SynthesizeSpeech>> claimed = jobs.claimNext();
        if (claimed.isEmpty()) {
            return false;
        }
        CommandJobs.Claimed<SynthesizeSpeech> job = claimed.get();
        try {
            var outcome = jobs.whileLeased(job, () -> synthesis.synthesize(job.command()));
            OutageWait.run("recording speech " + job.command().requestId(), () -> jobs.finished(job, outcome));
            return true;
        } catch (Exception | Error e) {
            // every failure counts toward the attempts, except a dependency being away, which only delays the job
            if (DependencyFailures.isOutage(e)) {
                log.warn("Speech {} interrupted by an outage, back in the queue: {}", job.command().requestId(),
                        e.toString());
                OutageWait.run("requeueing speech " + job.command().requestId(),
                        () -> jobs.interruptedByOutage(job));
                return false;
            }
            log.error("Speech {} failed", job.command().requestId(), e);
            OutageWait.run("recording failed speech " + job.command().requestId(), () -> jobs.attemptFailed(job));
            return true;
        }
    }
}
