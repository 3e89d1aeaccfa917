package io.ugcbot.video.job;

/** A job's life: waiting for its two inputs, queued, rendering, and one of three ends. */
public enum JobStatus {
    WAITING,
    QUEUED,
    RENDERING,
    DONE,
    FAILED,
    CANCELLED;

    boolean isFinal() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }
}
