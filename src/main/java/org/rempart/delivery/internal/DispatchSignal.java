package org.rempart.delivery.internal;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/** Wakes idle workers when a campaign starts or resumes, instead of letting them sleep out their poll. */
@Component
class DispatchSignal {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private long generation;

    void wake() {
        lock.lock();
        try {
            generation++;
            work.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits up to {@code timeout}, or until {@link #wake()}. */
    void await(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            long seen = generation;
            long nanos = timeout.toNanos();
            while (seen == generation && nanos > 0) {
                nanos = work.awaitNanos(nanos);
            }
        } finally {
            lock.unlock();
        }
    }
}
