package io.ugcbot.kit.retention;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Deletes, every {@code ugc.retention.sweep-interval}, the rows each {@link PruneRule} names once they are older than
 * {@code ugc.retention.records}, a few thousand per statement so no sweep holds locks for long. Every service has the
 * inbox rule; services add their own (sent messages, finished jobs).
 */
public class RecordRetention {

    private static final Logger log = LoggerFactory.getLogger(RecordRetention.class);
    private static final int CHUNK = 5_000;

    private final JdbcClient jdbc;
    private final List<PruneRule> rules;
    private final Duration retention;
    private final Clock clock;

    public RecordRetention(JdbcClient jdbc, List<PruneRule> rules, Duration retention, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ugc.retention.sweep-interval}", initialDelayString = "${ugc.retention.sweep-interval}")
    void pruneOnSchedule() {
        try {
            prune(clock.instant());
        } catch (RuntimeException e) {
            log.warn("Record retention did not finish, will try again: {}", e.toString());
        }
    }

    /** Deletes what is older than the retention at {@code now}; returns how many rows went. */
    public long prune(Instant now) {
        Timestamp cutoff = Timestamp.from(now.minus(retention));
        long total = 0;
        for (PruneRule rule : rules) {
            int deleted;
            do {
                deleted = jdbc.sql("""
                                delete from %1$s where ctid in (
                                    select t.ctid from %1$s t where %2$s limit %3$d)"""
                                .formatted(rule.table(), rule.condition(), CHUNK))
                        .param("cutoff", cutoff).update();
                total += deleted;
            } while (deleted == CHUNK);
        }
        if (total > 0) {
            log.info("Record retention deleted {} row(s) older than {}", total, retention);
        }
        return total;
    }
}
