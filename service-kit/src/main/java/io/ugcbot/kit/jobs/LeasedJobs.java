package io.ugcbot.kit.jobs;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A job table's life cycle, shared by the services that queue slow work: QUEUED → RUNNING (leased to one worker) →
 * DONE. The table needs {@code request_id uuid} (the key), {@code status}, {@code attempts}, {@code lease_until},
 * {@code next_attempt_at} and {@code created_at}. A worker that crashes loses its lease and the job is claimed again;
 * {@code SKIP LOCKED} lets several workers claim side by side. A failed attempt waits before the next (5 s doubling,
 * at most 5 minutes), so a provider having a bad minute is not hammered. Callers run each method inside their own
 * transaction.
 */
public final class LeasedJobs {

    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(5);
    private static final Duration LONGEST_BACKOFF = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final String table;
    private final Duration lease;
    private final Clock clock;

    /** {@code table} is a constant of the caller's, never user input. */
    public LeasedJobs(JdbcClient jdbc, String table, Duration lease, Clock clock) {
        this.jdbc = jdbc;
        this.table = table;
        this.lease = lease;
        this.clock = clock;
    }

    /**
     * The oldest queued job, or one whose worker's lease ran out, now leased to this worker with its attempt counted;
     * {@code columns} are returned to {@code mapper} (add {@code attempts} when the caller counts them).
     */
    public <T> Optional<T> claimNext(String columns, RowMapper<T> mapper) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        update %1$s set status = 'RUNNING', attempts = attempts + 1, lease_until = :lease
                        where request_id = (
                            select request_id from %1$s
                            where (status = 'QUEUED' and (next_attempt_at is null or next_attempt_at <= :now))
                               or (status = 'RUNNING' and lease_until < :now)
                            order by created_at limit 1 for update skip locked)
                        returning %2$s""".formatted(table, columns))
                .param("now", Timestamp.from(now)).param("lease", Timestamp.from(now.plus(lease)))
                .query(mapper).optional();
    }

    /** Ends a running job; false when it had already ended (a worker whose lease ran out finishing late). */
    public boolean finish(UUID requestId) {
        return jdbc.sql("update %s set status = 'DONE' where request_id = :id and status = 'RUNNING'"
                .formatted(table)).param("id", requestId).update() == 1;
    }

    /** Puts a running job back in the queue for another attempt, after a wait that grows with its attempts. */
    public void requeue(UUID requestId, int attempts) {
        jdbc.sql("""
                        update %s set status = 'QUEUED', lease_until = null, next_attempt_at = :next
                        where request_id = :id""".formatted(table))
                .param("id", requestId).param("next", Timestamp.from(clock.instant().plus(backoff(attempts))))
                .update();
    }

    /**
     * Puts a running job back without its attempt counting: what failed was a dependency (the database, S3), not the
     * work. It waits a little, so a long outage is not a busy loop.
     */
    public void requeueUncounted(UUID requestId) {
        jdbc.sql("""
                        update %s set status = 'QUEUED', lease_until = null, attempts = greatest(attempts - 1, 0),
                               next_attempt_at = :next where request_id = :id""".formatted(table))
                .param("id", requestId).param("next", Timestamp.from(clock.instant().plus(FIRST_BACKOFF)))
                .update();
    }

    /** Keeps a running job leased to its worker while it waits on a provider. */
    public void renewLease(UUID requestId) {
        jdbc.sql("update %s set lease_until = :lease where request_id = :id and status = 'RUNNING'".formatted(table))
                .param("id", requestId).param("lease", Timestamp.from(clock.instant().plus(lease))).update();
    }

    /** 5 s after the first failed attempt, doubling, at most 5 minutes. */
    static Duration backoff(int attempts) {
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 10));
        return wait.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : wait;
    }
}
