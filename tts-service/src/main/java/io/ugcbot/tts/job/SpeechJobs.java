package io.ugcbot.tts.job;

import io.ugcbot.events.Failure;
import io.ugcbot.events.FailureCode;
import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.tts.SpeechFailed;
import io.ugcbot.events.tts.SynthesizeSpeech;
import io.ugcbot.events.tts.TtsEvent;
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

/** Every state change of a speech job, each in one transaction with the event it causes. */
@Service
public class SpeechJobs {

    /** Longer than the slowest synthesis: ElevenLabs' 30 s timeout, four tries and their backoff. */
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int MAX_ATTEMPTS = 3;

    /** A claimed job: the command and how often it has been tried. */
    record Claimed(SynthesizeSpeech command, int attempts) {
    }

    private final JdbcClient jdbc;
    private final LeasedJobs jobs;
    private final OutboxWriter outbox;
    private final MessageCodec codec;
    private final Clock clock;

    SpeechJobs(JdbcClient jdbc, OutboxWriter outbox, MessageCodec codec, Clock clock) {
        this.jdbc = jdbc;
        this.jobs = new LeasedJobs(jdbc, "speech_job", LEASE, clock);
        this.outbox = outbox;
        this.codec = codec;
        this.clock = clock;
    }

    /** Queues the synthesis, once per request id, in the consumer's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requested(SynthesizeSpeech command) {
        jdbc.sql("""
                        insert into speech_job (request_id, user_id, command, status, created_at)
                        values (:id, :user, :command, 'QUEUED', :now) on conflict do nothing""")
                .param("id", command.requestId()).param("user", command.userId())
                .param("command", codec.encode(command)).param("now", Timestamp.from(clock.instant()))
                .update();
    }

    @Transactional
    public Optional<Claimed> claimNext() {
        return jobs.claimNext("command, attempts", (rs, row) -> new Claimed(
                codec.json().readValue(rs.getString("command"), SynthesizeSpeech.class), rs.getInt("attempts")));
    }

    @Transactional
    public void finished(Claimed job, TtsEvent outcome) {
        if (jobs.finish(job.command().requestId())) {
            outbox.append(outcome);
        }
    }

    /** An unexpected failure: tried again after a pause, and after the last attempt the user is told. */
    @Transactional
    public void attemptFailed(Claimed job) {
        if (job.attempts() >= MAX_ATTEMPTS) {
            finished(job, new SpeechFailed(job.command().requestId(), job.command().userId(),
                    Failure.of(FailureCode.INTERNAL)));
            return;
        }
        jobs.requeue(job.command().requestId(), job.attempts());
    }

    /** The database or S3 was away: the job waits in the queue, its attempt not counted. */
    @Transactional
    public void interruptedByOutage(Claimed job) {
        jobs.requeueUncounted(job.command().requestId());
    }
}
