package org.rempart.delivery.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * At most a number of messages in flight to one recipient domain, so that one mailbox provider is
 * not flooded. The limit may change while messages are in flight (when nodes come and go).
 */
final class DomainLimiter {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition released = lock.newCondition();
    private final Map<String, Integer> inFlight = new HashMap<>();
    private int limit;

    DomainLimiter(int limit) {
        this.limit = limit;
    }

    void limit(int limit) {
        lock.lock();
        try {
            this.limit = limit;
            released.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits for a place for one more message to {@code domain}; false, without one, once
     * {@code stopped} is true (a caller that sets it then calls {@link #wake}).
     */
    boolean acquire(String domain, BooleanSupplier stopped) throws InterruptedException {
        lock.lock();
        try {
            while (!stopped.getAsBoolean() && inFlight.getOrDefault(domain, 0) >= limit) {
                released.await();
            }
            if (stopped.getAsBoolean()) {
                return false;
            }
            inFlight.merge(domain, 1, Integer::sum);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Has every waiting caller look at its stop condition again. */
    void wake() {
        lock.lock();
        try {
            released.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void release(String domain) {
        lock.lock();
        try {
            inFlight.computeIfPresent(domain, (d, n) -> n == 1 ? null : n - 1);
            released.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
