package org.rempart.delivery.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Paces requests to the contracted rate, evenly spaced rather than in bursts (SMSCs often count
 * over a fraction of a second), and holds them all while the SMSC asks to slow down.
 */
public final class Throttle {

    /** Time, as the throttle reads and waits for it; tests drive it by hand. */
    public interface Ticker {

        Ticker SYSTEM = new Ticker() {

            @Override
            public long nanoTime() {
                return System.nanoTime();
            }

            @Override
            public void sleep(long nanos) throws InterruptedException {
                TimeUnit.NANOSECONDS.sleep(nanos);
            }
        };

        long nanoTime();

        void sleep(long nanos) throws InterruptedException;
    }

    private final long interval;
    private final Ticker ticker;
    private long nextSlot;

    public Throttle(double perSecond, Ticker ticker) {
        this.interval = Math.max(1, Math.round(1_000_000_000 / perSecond));
        this.ticker = ticker;
        this.nextSlot = ticker.nanoTime();
    }

    /** Waits for this request's slot: one interval after the previous request's, and not before a pause ends. */
    public void acquire() throws InterruptedException {
        long wait = reserve();
        if (wait > 0) {
            ticker.sleep(wait);
        }
    }

    /** Takes this request's slot, for a caller that waits in its own way: the nanoseconds until it comes. */
    public synchronized long reserve() {
        long now = ticker.nanoTime();
        long slot = Math.max(nextSlot, now);
        nextSlot = slot + interval;
        return slot - now;
    }

    /** No request goes out before {@code duration} from now. */
    public synchronized void pause(Duration duration) {
        nextSlot = Math.max(nextSlot, ticker.nanoTime() + duration.toNanos());
    }
}
