package io.ugcbot.kit.worker;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One thread that works when woken (a commit queued something) or every poll interval (work a crashed instance left,
 * retries that came due), keeps going while there is more, and survives failures by backing off and trying again.
 */
public abstract class WakeableWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WakeableWorker.class);

    private final String name;
    private final Duration pollInterval;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile Thread worker;

    protected WakeableWorker(String name, Duration pollInterval) {
        this.name = name;
        this.pollInterval = pollInterval;
    }

    public void wakeUp() {
        wakeUps.release();
    }

    /** One round of work; true when there may be more to do right away. */
    protected abstract boolean workOnce();

    /** How a failure is logged; override to hide secrets. */
    protected String describe(RuntimeException failure) {
        return failure.toString();
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                wakeUps.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                while (workOnce()) {
                    // more may be waiting
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.warn("{} failed, will retry: {}", name, describe(e));
                backOff();
            }
        }
    }

    private void backOff() {
        try {
            TimeUnit.MILLISECONDS.sleep(pollInterval.toMillis() * 5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        worker = Thread.ofPlatform().name(name).daemon().start(this::run);
    }

    @Override
    public void stop() {
        Thread current = worker;
        worker = null;
        if (current != null) {
            current.interrupt();
            try {
                current.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }
}
