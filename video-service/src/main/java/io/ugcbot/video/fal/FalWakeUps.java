package io.ugcbot.video.fal;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets fal's webhook end a poller's wait early. The webhook is only a hint: the poller then asks fal for the status
 * itself, so an unsigned or forged call can at most cause one extra status check.
 */
class FalWakeUps {

    private final ConcurrentHashMap<UUID, Semaphore> waiting = new ConcurrentHashMap<>();

    /** Waits up to {@code timeout}, less if woken; returns whether it was woken. */
    boolean await(UUID generationId, Duration timeout) {
        Semaphore semaphore = waiting.computeIfAbsent(generationId, id -> new Semaphore(0));
        try {
            return semaphore.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void wake(UUID generationId) {
        waiting.computeIfAbsent(generationId, id -> new Semaphore(0)).release();
    }

    void forget(UUID generationId) {
        waiting.remove(generationId);
    }
}
