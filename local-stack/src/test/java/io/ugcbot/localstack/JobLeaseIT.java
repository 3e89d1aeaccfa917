package io.ugcbot.localstack;

import io.ugcbot.events.MessageCodec;
import io.ugcbot.events.tts.SpeechFailed;
import io.ugcbot.events.tts.SynthesizeSpeech;
import io.ugcbot.events.Failure;
import io.ugcbot.events.FailureCode;
import io.ugcbot.kit.jobs.CommandJobs;
import io.ugcbot.localstack.support.EndToEndTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A job whose work outlasts its lease (a provider queueing for minutes) stays with its worker: the lease is renewed
 * while the work runs, so no other worker takes it over and pays the provider a second time. Run on a table of its
 * own in a schema of its own, so the stack's speech worker never sees these jobs.
 */
class JobLeaseIT extends EndToEndTest {

    /** Renewed every third of it: a renewal may come two thirds of a lease late on a busy machine and still hold. */
    private static final Duration LEASE = Duration.ofSeconds(4);

    private final JdbcClient db = JdbcClient.create(stack.infrastructure().dataSource());
    private final TransactionTemplate transactions = new TransactionTemplate(
            new DataSourceTransactionManager(stack.infrastructure().dataSource()));

    @Test
    void shouldKeepAJobLeasedToItsWorkerForAsLongAsItsWorkRuns() {
        db.sql("create schema if not exists lease_drill").update();
        db.sql("""
                create table if not exists lease_drill.speech_job (
                    request_id uuid primary key, user_id bigint not null, command text not null,
                    status text not null, attempts int not null default 0, lease_until timestamptz,
                    next_attempt_at timestamptz, created_at timestamptz not null)""").update();
        // no outbox: these jobs are claimed and worked on, never finished
        CommandJobs<SynthesizeSpeech> jobs = new CommandJobs.Factory(db, transactions, null, new MessageCodec(),
                Clock.systemUTC()).create(new CommandJobs.Spec<>("lease_drill.speech_job", SynthesizeSpeech.class,
                SynthesizeSpeech::requestId, SynthesizeSpeech::userId, LEASE, 3,
                command -> new SpeechFailed(command.requestId(), command.userId(), Failure.of(FailureCode.INTERNAL))));
        SynthesizeSpeech command = new SynthesizeSpeech(UUID.randomUUID(), newUser().id(), "en-female-1",
                "A slow provider.", "en", 100);
        transactions.executeWithoutResult(status -> jobs.requested(command));
        CommandJobs.Claimed<SynthesizeSpeech> mine = jobs.claimNext().orElseThrow();

        // the work lasts two and a half leases; all the while, no other worker may claim the job
        jobs.whileLeased(mine, () -> {
            await().during(LEASE.multipliedBy(5).dividedBy(2)).atMost(LEASE.multipliedBy(4))
                    .pollInterval(Duration.ofMillis(250)).until(() -> jobs.claimNext().isEmpty());
            return mine;
        });
        Optional<CommandJobs.Claimed<SynthesizeSpeech>> afterTheWorkerStopped = await()
                .atMost(LEASE.multipliedBy(3)).pollInterval(Duration.ofMillis(250))
                .until(jobs::claimNext, Optional::isPresent);

        assertThat(afterTheWorkerStopped).as("free again once renewals stopped and the lease ran out")
                .map(CommandJobs.Claimed::requestId).contains(command.requestId());
    }
}
