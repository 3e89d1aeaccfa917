package io.ugcbot.tts.job;

import io.ugcbot.events.Failure;
import io.ugcbot.events.FailureCode;
import io.ugcbot.events.tts.SpeechFailed;
import io.ugcbot.events.tts.SynthesizeSpeech;
import io.ugcbot.kit.jobs.CommandJobs;
import io.ugcbot.kit.jobs.JobTable;
import io.ugcbot.kit.retention.PruneRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** Speech syntheses are persisted, leased jobs (service-kit's {@link CommandJobs}) in {@code speech_job}. */
@Configuration
class SpeechJobConfiguration {

    @Bean
    CommandJobs<SynthesizeSpeech> speechJobs(CommandJobs.Factory jobs) {
        // renewed every 30 s while the synthesis runs (CommandJobs.whileLeased), so it need not outlast the slowest
        // one: it is how long a job whose instance died waits for another. 5 minutes left users of a killed instance
        // waiting that long for their speech in the chaos drill; 90 s still outlasts a minute's database outage (the
        // renewals fail meanwhile) without a second instance starting the same paid call
        return jobs.create(new CommandJobs.Spec<>("speech_job", SynthesizeSpeech.class, SynthesizeSpeech::requestId,
                SynthesizeSpeech::userId, Duration.ofSeconds(90), 3, command -> new SpeechFailed(command.requestId(),
                command.userId(), Failure.of(FailureCode.INTERNAL))));
    }

    /** The queue of speech, measured as {@code ugc.jobs}. */
    @Bean
    JobTable speechJobTable() {
        return JobTable.leased("speech_job");
    }

    /** Finished speech jobs go after the record retention (see the kit's retention). */
    @Bean
    PruneRule finishedSpeechJobs() {
        return new PruneRule("speech_job", "t.status = 'DONE' and t.created_at < :cutoff");
    }
}
