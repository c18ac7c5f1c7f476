package org.rempart.delivery.sms;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.rempart.delivery.LinkFailure;

/**
 * The configured binds, and the window of each: a request goes out on a bound session that has
 * fewer than the window's requests outstanding, the binds taken in turn.
 */
final class BindPool {

    /** A place for one request, or why there is none. */
    sealed interface Slot {

        record Taken(int bind, SMPPSession session) implements Slot {
        }

        record None(LinkFailure failure) implements Slot {
        }
    }

    private final List<SmppBind> binds = new ArrayList<>();
    private final int window;
    private final int[] outstanding;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private int next;

    BindPool(SmppSettings settings, MessageReceiverListener inbound, ScheduledExecutorService scheduler) {
        this.window = settings.window();
        this.outstanding = new int[settings.binds()];
        for (int i = 0; i < settings.binds(); i++) {
            binds.add(new SmppBind(i + 1, settings, inbound, scheduler, this::signal));
        }
    }

    void open() {
        binds.forEach(SmppBind::open);
    }

    /**
     * A slot on a bound session. While some bind is up, waits for room in a window (an answer or
     * a timeout frees it soon); while none is, waits at most {@code linkWait} for one to come up,
     * and not at all when every bind was refused, which only a setting can fix.
     */
    Slot take(Duration linkWait) throws InterruptedException {
        long deadline = System.nanoTime() + linkWait.toNanos();
        lock.lock();
        try {
            while (true) {
                boolean anyBound = false;
                for (int i = 0; i < binds.size(); i++) {
                    int bind = (next + i) % binds.size();
                    SMPPSession session = binds.get(bind).session();
                    anyBound |= session != null;
                    if (session != null && outstanding[bind] < window) {
                        outstanding[bind]++;
                        next = bind + 1;
                        return new Slot.Taken(bind, session);
                    }
                }
                if (anyBound) {
                    changed.await();
                    continue;
                }
                LinkFailure failure = binds.getFirst().failure();
                long left = deadline - System.nanoTime();
                if (left <= 0 || binds.stream().allMatch(b -> b.failure() instanceof LinkFailure.BindRefused)) {
                    return new Slot.None(failure);
                }
                changed.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    void release(Slot.Taken slot) {
        lock.lock();
        try {
            outstanding[slot.bind()]--;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void close() {
        binds.forEach(SmppBind::close);
        signal();
    }

    private void signal() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
