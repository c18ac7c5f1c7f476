package org.rempart;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock for tests that runs at the real pace from an instant the test chooses, and can jump to
 * another one (a Saturday evening, the next Monday morning) without waiting for it.
 */
public final class TravellingClock extends Clock {

    private volatile Instant origin;
    private volatile long originNanos;

    public TravellingClock(Instant start) {
        travelTo(start);
    }

    public synchronized void travelTo(Instant instant) {
        origin = instant;
        originNanos = System.nanoTime();
    }

    @Override
    public Instant instant() {
        return origin.plus(Duration.ofNanos(System.nanoTime() - originNanos));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Rempart works in UTC");
    }
}
