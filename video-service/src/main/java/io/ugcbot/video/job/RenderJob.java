package io.ugcbot.video.job;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A generation's render. {@code request} is the GenerationRequested payload as it arrived (JSON). */
@Entity
@Table(name = "render_job")
public class RenderJob {

    @Id
    private UUID generationId;
    private long userId;
    @Enumerated(EnumType.STRING)
    private JobStatus status;
    private String request;
    private boolean reserved;
    private int attempts;
    private Instant leaseUntil;
    private String failure;
    private Instant createdAt;
    private Instant updatedAt;

    protected RenderJob() {
    }

    RenderJob(UUID generationId, long userId, Instant now) {
        this.generationId = generationId;
        this.userId = userId;
        this.status = JobStatus.WAITING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public UUID generationId() {
        return generationId;
    }

    public long userId() {
        return userId;
    }

    public JobStatus status() {
        return status;
    }

    public String request() {
        return request;
    }

    int attempts() {
        return attempts;
    }

    /** Returns true when this made the job ready to render. */
    boolean attachRequest(String requestJson, Instant now) {
        this.request = requestJson;
        return queueIfComplete(now);
    }

    boolean markReserved(Instant now) {
        this.reserved = true;
        return queueIfComplete(now);
    }

    private boolean queueIfComplete(Instant now) {
        updatedAt = now;
        if (status == JobStatus.WAITING && request != null && reserved) {
            status = JobStatus.QUEUED;
            return true;
        }
        return false;
    }

    /** Returns true when the job was still live (so cancelling it meant something). */
    boolean cancel(Instant now) {
        if (status.isFinal()) {
            return false;
        }
        status = JobStatus.CANCELLED;
        updatedAt = now;
        return true;
    }

    void claim(Instant now, Instant leaseUntil) {
        status = JobStatus.RENDERING;
        attempts++;
        this.leaseUntil = leaseUntil;
        updatedAt = now;
    }

    void renewLease(Instant leaseUntil, Instant now) {
        this.leaseUntil = leaseUntil;
        updatedAt = now;
    }

    void finish(Instant now) {
        status = JobStatus.DONE;
        updatedAt = now;
    }

    void fail(String reason, Instant now) {
        status = JobStatus.FAILED;
        failure = reason;
        updatedAt = now;
    }

    /** Back in the queue without the attempt counting: what failed was a dependency, not the render. */
    void requeueUncounted(String reason, Instant now) {
        requeue(reason, now);
        attempts = Math.max(0, attempts - 1);
        leaseUntil = null;
    }

    void requeue(String reason, Instant now) {
        status = JobStatus.QUEUED;
        failure = reason;
        updatedAt = now;
    }
}
