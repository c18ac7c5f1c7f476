package org.rempart.delivery.internal;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.rempart.delivery.Mailbox;
import org.rempart.delivery.OutgoingEmail;

/**
 * The limits one group's emails wait for, on the thread that sends them: this node's share of the
 * email rate, then of the messages in flight to the recipient's domain. A wait ends early when the
 * gate is stopped (the worker that handed the group over is stopping).
 */
final class EmailGate implements SendGate {

    private final LongSupplier emailSlot;
    private final DomainLimiter domains;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition stopped = lock.newCondition();
    private volatile boolean stopping;

    /**
     * @param emailSlot takes the next slot of the rate and says in how many nanoseconds it comes
     * @param domains the messages in flight per recipient domain
     */
    EmailGate(LongSupplier emailSlot, DomainLimiter domains) {
        this.emailSlot = emailSlot;
        this.domains = domains;
    }

    @Override
    public boolean enter(OutgoingEmail email) {
        if (stopping || Thread.currentThread().isInterrupted()) {
            return false;
        }
        try {
            return awaitSlot(emailSlot.getAsLong())
                    && domains.acquire(Mailbox.domainOf(email.to()), () -> stopping);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** False when stopped before the slot came. */
    private boolean awaitSlot(long nanos) throws InterruptedException {
        if (nanos <= 0) {
            return !stopping; // the slot is now, as always when the rate is unlimited: nothing to wait on
        }
        lock.lock();
        try {
            for (long left = nanos; left > 0 && !stopping;) {
                left = stopped.awaitNanos(left);
            }
            return !stopping;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void leave(OutgoingEmail email) {
        domains.release(Mailbox.domainOf(email.to()));
    }

    @Override
    public void stop() {
        lock.lock();
        try {
            stopping = true;
            stopped.signalAll();
        } finally {
            lock.unlock();
        }
        domains.wake();
    }
}
