package io.ugcbot.storage.imports;

import io.ugcbot.kit.jobs.JobTable;
import io.ugcbot.kit.retention.PruneRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Finished imports go after the record retention (see the kit's retention). */
@Configuration
class ImportRetention {

    /** The queue of imports, measured as {@code ugc.jobs}. */
    @Bean
    JobTable fileImportTable() {
        return JobTable.leased("file_import");
    }

    @Bean
    PruneRule finishedImports() {
        return new PruneRule("file_import", "t.status = 'DONE' and t.created_at < :cutoff");
    }
}
