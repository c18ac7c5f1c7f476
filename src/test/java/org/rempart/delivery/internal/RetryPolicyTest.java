package org.rempart.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The retry delays: they double from {@code retry-min} at each attempt up to {@code retry-max},
 * each drawn between half the delay and the whole of it, and a delivery gets no more than
 * {@code attempts} tries.
 */
class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    /** The default settings: a first retry after a minute, at most an hour, six attempts. */
    private static final DispatchSettings SETTINGS = new DispatchSettings(500, 10, Duration.ofMinutes(2),
            Duration.ofMillis(500), 6, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofSeconds(10), 2, 4,
            50_000);

    /** nextDouble() is built from nextLong(): 0 draws 0.0, and all bits set the largest double below 1. */
    private static final RandomGenerator LOWEST = () -> 0L;
    private static final RandomGenerator HIGHEST = () -> -1L;

    @Test
    void theDelayDoublesFromTheMinimumUpToTheMaximum() {
        var highest = new RetryPolicy(SETTINGS, HIGHEST);
        var lowest = new RetryPolicy(SETTINGS, LOWEST);
        long[] minutes = {1, 2, 4, 8, 16, 32, 60, 60};
        for (int attempt = 1; attempt <= minutes.length; attempt++) {
            Duration full = Duration.ofMinutes(minutes[attempt - 1]);
            assertThat(delay(highest, attempt)).as("the longest delay after failure %d", attempt)
                    .isEqualTo(full.minusMillis(1));
            assertThat(delay(lowest, attempt)).as("the shortest delay after failure %d", attempt)
                    .isEqualTo(full.dividedBy(2));
        }
        assertThat(delay(highest, 10_000)).as("no overflow far past the ceiling")
                .isEqualTo(Duration.ofHours(1).minusMillis(1));
    }

    @Test
    void theJitterStaysWithinTheSecondHalfOfTheDelay() {
        var policy = new RetryPolicy(SETTINGS, new SplittableRandom(20260302L));
        for (int attempt = 1; attempt <= 8; attempt++) {
            Duration full = Duration.ofMinutes(Math.min(60, 1L << (attempt - 1)));
            Duration shortest = Duration.ofHours(1);
            Duration longest = Duration.ZERO;
            for (int draw = 0; draw < 2_000; draw++) {
                Duration delay = delay(policy, attempt);
                assertThat(delay).isBetween(full.dividedBy(2), full.minusMillis(1));
                shortest = delay.compareTo(shortest) < 0 ? delay : shortest;
                longest = delay.compareTo(longest) > 0 ? delay : longest;
            }
            // Jitter spread over the range, not a constant: recipients refused together come back apart.
            assertThat(longest.minus(shortest)).as("spread after failure %d", attempt)
                    .isGreaterThan(full.dividedBy(2).multipliedBy(9).dividedBy(10));
        }
    }

    @Test
    void aDeliveryIsTriedAsManyTimesAsTheSettingsSay() {
        var policy = new RetryPolicy(SETTINGS, LOWEST);
        assertThat(policy.allowsAnother(1)).isTrue();
        assertThat(policy.allowsAnother(5)).isTrue();
        assertThat(policy.allowsAnother(6)).isFalse();
    }

    private static Duration delay(RetryPolicy policy, int attemptsMade) {
        return Duration.between(NOW, policy.next(attemptsMade, NOW));
    }
}
