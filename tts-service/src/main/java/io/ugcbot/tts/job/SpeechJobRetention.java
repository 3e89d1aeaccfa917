package io.ugcbot.tts.job;

import io.ugcbot.kit.retention.PruneRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Finished speech jobs go after the record retention (see the kit's retention). */
@Configuration
class SpeechJobRetention {

    @Bean
    PruneRule finishedSpeechJobs() {
        return new PruneRule("speech_job", "t.status = 'DONE' and t.created_at < :cutoff");
    }
}
