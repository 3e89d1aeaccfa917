package io.ugcbot.edit.job;

import io.ugcbot.events.Failure;
import io.ugcbot.events.FailureCode;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.edit.EditEvent;
import io.ugcbot.events.edit.EditImage;
import io.ugcbot.events.edit.ImageEditFailed;
import io.ugcbot.kit.jobs.LeasedJobs;
import io.ugcbot.kit.outbox.OutboxWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Every state change of an edit job, each in one transaction with the event it causes. */
@Service
public class EditJobs {

    /** Longer than the slowest provider edit (fal gives up after 3 minutes). */
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int MAX_ATTEMPTS = 3;

    /** A claimed job: the command and how often it has been tried. */
    record Claimed(EditImage command, int attempts) {
    }

    private final JdbcClient jdbc;
    private final LeasedJobs jobs;
    private final OutboxWriter outbox;
    private final MessageCodec codec;
    private final Clock clock;

    EditJobs(JdbcClient jdbc, OutboxWriter outbox, MessageCodec codec, Clock clock) {
        this.jdbc = jdbc;
        this.jobs = new LeasedJobs(jdbc, "edit_job", LEASE, clock);
        this.outbox = outbox;
        this.codec = codec;
        this.clock = clock;
    }

    /** Queues the edit, once per request id, in the consumer's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requested(EditImage command) {
        jdbc.sql("""
                        insert into edit_job (request_id, user_id, command, status, created_at)
                        values (:id, :user, :command, 'QUEUED', :now) on conflict do nothing""")
                .param("id", command.requestId()).param("user", command.userId())
                .param("command", codec.encode(command)).param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** The oldest queued edit, or one whose worker's lease ran out (it crashed), now leased to this worker. */
    @Transactional
    public Optional<Claimed> claimNext() {
        return jobs.claimNext("command, attempts", (rs, row) -> new Claimed(
                codec.json().readValue(rs.getString("command"), EditImage.class), rs.getInt("attempts")));
    }

    @Transactional
    public void finished(Claimed job, EditEvent outcome) {
        if (jobs.finish(job.command().requestId())) {
            outbox.append(outcome);
        }
    }

    /** An unexpected failure: tried again, and after the last attempt the user is told. */
    @Transactional
    public void attemptFailed(Claimed job) {
        if (job.attempts() >= MAX_ATTEMPTS) {
            finished(job, new ImageEditFailed(job.command().requestId(), job.command().userId(),
                    Failure.of(FailureCode.INTERNAL)));
            return;
        }
        jobs.requeue(job.command().requestId(), job.attempts());
    }

    /** The database or S3 was away: the edit waits in the queue, its attempt not counted. */
    @Transactional
    public void interruptedByOutage(Claimed job) {
        jobs.requeueUncounted(job.command().requestId());
    }
}
