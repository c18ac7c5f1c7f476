package org.rempart.delivery.internal;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    /**
     * Wakes the workers once the current transaction has committed, at once without one: woken
     * before, they would not see the campaign yet and would sleep out their poll.
     */
    void wakeAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wake();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wake();
            }
        });
    }

    /** A mark to {@link #awaitAfter} from: taken before looking for work, so that no wake in between is lost. */
    long mark() {
        lock.lock();
        try {
            return generation;
        } finally {
            lock.unlock();
        }
    }

    /** Waits up to {@code timeout}, or until a {@link #wake()} after {@code mark}, which may have come already. */
    void awaitAfter(long mark, Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            long nanos = timeout.toNanos();
            while (mark == generation && nanos > 0) {
                nanos = work.awaitNanos(nanos);
            }
        } finally {
            lock.unlock();
        }
    }
}
