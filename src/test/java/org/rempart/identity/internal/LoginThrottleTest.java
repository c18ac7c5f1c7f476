package org.rempart.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.rempart.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The lock's timing, on a clock the test moves. */
@StorageTest
class LoginThrottleTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    OperatorRepository operators;
    @Autowired
    IdentityAudit audit;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T10:00:00Z"));

    @Test
    void theDelayDoublesWithEachFailureUpToACap() {
        var throttle = new LoginThrottle(jdbc, operators, audit, clock, Duration.ofMillis(500));
        assertThat(throttle.delayAfter(0)).isZero();
        assertThat(throttle.delayAfter(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(throttle.delayAfter(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.delayAfter(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.delayAfter(40)).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void fiveFailuresWithinFifteenMinutesLockForThirtyMinutes() {
        var throttle = new LoginThrottle(jdbc, operators, audit, clock, Duration.ZERO);
        String name = "timed-" + System.nanoTime();
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(name);
        }
        assertThat(throttle.isLocked(name)).isFalse();
        throttle.recordFailure(name);
        assertThat(throttle.isLocked(name)).isTrue();
        clock.advance(Duration.ofMinutes(29));
        assertThat(throttle.isLocked(name)).isTrue();
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.isLocked(name)).isFalse();
    }

    @Test
    void failuresOlderThanFifteenMinutesDoNotCount() {
        var throttle = new LoginThrottle(jdbc, operators, audit, clock, Duration.ZERO);
        String name = "spread-" + System.nanoTime();
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(name);
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.recordFailure(name);
        assertThat(throttle.isLocked(name)).isFalse();
    }

    @Test
    void aSuccessForgetsEarlierFailures() {
        var throttle = new LoginThrottle(jdbc, operators, audit, clock, Duration.ZERO);
        String name = "forgiven-" + System.nanoTime();
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(name);
        }
        throttle.recordSuccess(name);
        throttle.recordFailure(name);
        assertThat(throttle.isLocked(name)).isFalse();
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
