package org.rempart.delivery.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * When a temporary failure is tried again: the delay doubles with each attempt up to a ceiling,
 * and a random half of it is jitter, so that recipients refused together do not come back together.
 */
final class RetryPolicy {

    private final Duration min;
    private final Duration max;
    private final int attempts;
    private final RandomGenerator random;

    RetryPolicy(DispatchSettings settings, RandomGenerator random) {
        this.min = settings.retryMin();
        this.max = settings.retryMax();
        this.attempts = settings.attempts();
        this.random = random;
    }

    /** Whether a delivery that has now failed {@code attemptsMade} times may be tried again. */
    boolean allowsAnother(int attemptsMade) {
        return attemptsMade < attempts;
    }

    /** The time of the next attempt after the {@code attemptsMade}-th failure. */
    Instant next(int attemptsMade, Instant now) {
        long base = min.toMillis() << Math.min(Math.max(0, attemptsMade - 1), 30);
        long delay = Math.min(max.toMillis(), base < 0 ? Long.MAX_VALUE : base);
        long jittered = delay / 2 + (long) (random.nextDouble() * (delay / 2.0));
        return now.plusMillis(Math.max(1, jittered));
    }
}
