package io.ugcbot.kit.jobs;

import io.ugcbot.events.Message;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.kit.outbox.OutboxWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Slow paid work queued as the command that asked for it: a row per request id in {@code table} (columns of
 * {@link LeasedJobs} plus {@code user_id} and {@code command}, the command as JSON), queued in the consumer's
 * transaction, claimed and worked on by a worker outside any transaction, finished with its event. Each state change
 * is one transaction with the event it causes. Speech and edits share it; imports and renders keep their own tables.
 *
 * @param <C> the command
 */
public final class CommandJobs<C extends Message> {

    /** A claimed job: its command and how often it has been tried, this time included. */
    public record Claimed<C>(C command, UUID requestId, int attempts) {
    }

    /**
     * What a kind of job is.
     *
     * @param table       the job table (a constant of the service's)
     * @param type        the command's class, to read it back
     * @param requestId   the command's request id, the job's key
     * @param userId      whose request it is
     * @param lease       how long a worker owns a claimed job: longer than the slowest provider wait
     * @param maxAttempts attempts before the job fails for good
     * @param gaveUp      the event that tells the requester it failed for good
     */
    public record Spec<C>(String table, Class<C> type, Function<C, UUID> requestId, ToLongFunction<C> userId,
                          Duration lease, int maxAttempts, Function<C, Message> gaveUp) {
    }

    /** Makes the jobs of a {@link Spec}, with the service's database, outbox and clock. */
    public record Factory(JdbcClient jdbc, TransactionTemplate transactions, OutboxWriter outbox, MessageCodec codec,
                          Clock clock) {

        public <C extends Message> CommandJobs<C> create(Spec<C> spec) {
            return new CommandJobs<>(spec, this);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(CommandJobs.class);
    /** One small thread renews the leases of every job being worked on in this JVM. */
    private static final ScheduledExecutorService LEASE_RENEWALS = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("job-lease-renewal").daemon().factory());

    private final Spec<C> spec;
    private final Factory services;
    private final LeasedJobs jobs;

    private CommandJobs(Spec<C> spec, Factory services) {
        this.spec = spec;
        this.services = services;
        this.jobs = new LeasedJobs(services.jdbc(), spec.table(), spec.lease(), services.clock());
    }

    /** Queues the command, once per request id, in the consumer's transaction. */
    public void requested(C command) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            // the queueing must commit with the consumer's inbox claim, or a crash between them loses the command
            throw new IllegalStateException("a job is queued inside the consumer's transaction");
        }
        services.jdbc().sql("""
                        insert into %s (request_id, user_id, command, status, created_at)
                        values (:id, :user, :command, 'QUEUED', :now) on conflict do nothing""".formatted(spec.table()))
                .param("id", spec.requestId().apply(command)).param("user", spec.userId().applyAsLong(command))
                .param("command", services.codec().encode(command))
                .param("now", Timestamp.from(services.clock().instant()))
                .update();
    }

    /** The oldest job due, or one whose worker's lease ran out (it crashed), now leased to this worker. */
    public Optional<Claimed<C>> claimNext() {
        return services.transactions().execute(status -> jobs.claimNext("request_id, command, attempts",
                (rs, row) -> new Claimed<>(services.codec().json().readValue(rs.getString("command"), spec.type()),
                        rs.getObject("request_id", UUID.class), rs.getInt("attempts"))));
    }

    /**
     * Does the work of a claimed job while keeping it leased: the lease is renewed every third of its length for as
     * long as the work runs (a provider that queues for minutes), so no other instance takes the job over while this
     * one is alive, and one that died loses it within a lease.
     */
    public <T> T whileLeased(Claimed<C> job, Supplier<T> work) {
        long every = Math.max(1, spec.lease().toMillis() / 3);
        ScheduledFuture<?> renewal = LEASE_RENEWALS.scheduleAtFixedRate(() -> renew(job), every, every,
                TimeUnit.MILLISECONDS);
        try {
            return work.get();
        } finally {
            renewal.cancel(false);
        }
    }

    private void renew(Claimed<C> job) {
        try {
            services.transactions().executeWithoutResult(status -> jobs.renewLease(job.requestId()));
        } catch (RuntimeException e) {
            // the database is away: the next renewal tries again, and the lease is long enough to wait for it
            log.warn("Lease of {} {} not renewed: {}", spec.table(), job.requestId(), e.toString());
        }
    }

    /** Ends the job with its outcome event, unless it had already ended (a worker finishing after its lease). */
    public void finished(Claimed<C> job, Message outcome) {
        services.transactions().executeWithoutResult(status -> finish(job, outcome));
    }

    /** A failed attempt: tried again after a growing pause; after the last one the requester is told. */
    public void attemptFailed(Claimed<C> job) {
        services.transactions().executeWithoutResult(status -> {
            if (job.attempts() >= spec.maxAttempts()) {
                finish(job, spec.gaveUp().apply(job.command()));
            } else {
                jobs.requeue(job.requestId(), job.attempts());
            }
        });
    }

    /** The database or S3 was away: the job waits in the queue, its attempt not counted. */
    public void interruptedByOutage(Claimed<C> job) {
        services.transactions().executeWithoutResult(status -> jobs.requeueUncounted(job.requestId()));
    }

    private void finish(Claimed<C> job, Message outcome) {
        if (jobs.finish(job.requestId())) {
            services.outbox().append(outcome);
        }
    }
}
