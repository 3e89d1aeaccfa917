package io.ugcbot.video.job;

import io.ugcbot.events.Failure;
import io.ugcbot.events.FailureCode;
import io.ugcbot.events.gateway.GenerationRequested;
import io.ugcbot.events.video.VideoFailed;
import io.ugcbot.events.video.VideoProgress;
import io.ugcbot.events.video.VideoReady;
import io.ugcbot.events.video.VideoStage;
import io.ugcbot.kit.outbox.OutboxWriter;
import io.ugcbot.video.VideoProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Every state change of a job, each in one transaction with the event it causes. */
@Service
public class RenderJobs {

    /** A job became claimable; published inside the transaction, heard by the worker once it commits. */
    public record Queued(UUID generationId) {
    }

    private final RenderJobRepository jobs;
    private final OutboxWriter outbox;
    private final VideoProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RenderJobs(RenderJobRepository jobs, OutboxWriter outbox, VideoProperties properties, Clock clock,
               ApplicationEventPublisher events) {
        this.events = events;
        this.jobs = jobs;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public void onRequested(GenerationRequested request, String requestJson) {
        RenderJob job = lockOrCreate(request.generationId(), request.userId());
        if (job.request() == null && job.attachRequest(requestJson, clock.instant())) {
            announceQueued(job);
        }
    }

    @Transactional
    public void onReserved(UUID generationId, long userId) {
        RenderJob job = lockOrCreate(generationId, userId);
        if (job.markReserved(clock.instant())) {
            announceQueued(job);
        }
    }

    /** The reservation was rejected or released: the job must never start (or must stop mattering). */
    @Transactional
    public void onPaymentWithdrawn(UUID generationId, long userId) {
        lockOrCreate(generationId, userId).cancel(clock.instant());
    }

    /** Claims the next job for this worker, announcing that rendering started. */
    @Transactional
    public Optional<RenderJob> claimNext() {
        Instant now = clock.instant();
        return jobs.findClaimable(now).flatMap(jobs::findById).map(job -> {
            job.claim(now, now.plus(properties.lease()));
            outbox.append(new VideoProgress(job.generationId(), job.userId(), VideoStage.RENDERING, 10, 0));
            return job;
        });
    }

    @Transactional
    public void progress(UUID generationId, long userId, VideoStage stage, int percent) {
        progress(generationId, userId, stage, percent, 0);
    }

    /** Reports progress and renews the worker's lease: a long provider wait must not look like a crashed worker. */
    @Transactional
    public void progress(UUID generationId, long userId, VideoStage stage, int percent, int queuePosition) {
        jobs.lockById(generationId).filter(job -> job.status() == JobStatus.RENDERING)
                .ifPresent(job -> job.renewLease(clock.instant().plus(properties.lease()), clock.instant()));
        outbox.append(new VideoProgress(generationId, userId, stage, percent, queuePosition));
    }

    /** Ends the job with its video, unless it was cancelled meanwhile (then the credit is already back). */
    @Transactional
    public void complete(UUID generationId, VideoReady ready) {
        jobs.lockById(generationId).filter(job -> job.status() == JobStatus.RENDERING).ifPresent(job -> {
            job.finish(clock.instant());
            outbox.append(ready);
        });
    }

    /** A failed attempt is retried until {@code maxAttempts}; then the job fails and says why. */
    @Transactional
    public void attemptFailed(UUID generationId, String reason) {
        jobs.lockById(generationId).filter(job -> job.status() == JobStatus.RENDERING).ifPresent(job -> {
            if (job.attempts() < properties.maxAttempts()) {
                job.requeue(reason, clock.instant());
            } else {
                job.fail(reason, clock.instant());
                outbox.append(new VideoFailed(generationId, job.userId(), Failure.of(FailureCode.INTERNAL)));
            }
        });
    }

    /** The database or S3 was away mid-render: the job waits in the queue, its attempt not counted. */
    @Transactional
    public void interruptedByOutage(UUID generationId, String reason) {
        jobs.lockById(generationId).filter(job -> job.status() == JobStatus.RENDERING)
                .ifPresent(job -> job.requeueUncounted(reason, clock.instant()));
    }

    /** The provider refused for good: no retry; the user is told why and the reservation is released. */
    @Transactional
    public void refused(UUID generationId, String reason, Failure failure) {
        jobs.lockById(generationId).filter(job -> job.status() == JobStatus.RENDERING).ifPresent(job -> {
            job.fail(reason, clock.instant());
            outbox.append(new VideoFailed(generationId, job.userId(), failure));
        });
    }

    private RenderJob lockOrCreate(UUID generationId, long userId) {
        return jobs.lockById(generationId).orElseGet(() -> {
            jobs.saveAndFlush(new RenderJob(generationId, userId, clock.instant()));
            return jobs.lockById(generationId).orElseThrow();
        });
    }

    private void announceQueued(RenderJob job) {
        events.publishEvent(new Queued(job.generationId()));
        int position = (int) jobs.countByStatus(JobStatus.QUEUED);
        outbox.append(new VideoProgress(job.generationId(), job.userId(), VideoStage.QUEUED, 0, position));
    }
}
