package org.rempart.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    /** A clock that only moves when the throttle sleeps or the test says so. */
    private static final class FakeTicker implements Throttle.Ticker {

        long now = 1_000_000_000L;
        final List<Duration> sleeps = new ArrayList<>();

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleep(long nanos) {
            sleeps.add(Duration.ofNanos(nanos));
            now += nanos;
        }
    }

    private final FakeTicker ticker = new FakeTicker();
    private final Throttle throttle = new Throttle(10, ticker);

    @Test
    void spacesRequestsEvenlyAtTheRate() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            throttle.acquire();
        }
        assertThat(ticker.sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofMillis(100));
    }

    @Test
    void idleTimeBuysNoBurst() throws InterruptedException {
        throttle.acquire();
        ticker.now += Duration.ofSeconds(5).toNanos();
        throttle.acquire();
        throttle.acquire();
        assertThat(ticker.sleeps).containsExactly(Duration.ofMillis(100));
    }

    @Test
    void aPauseHoldsEveryRequestUntilItEnds() throws InterruptedException {
        throttle.acquire();
        throttle.pause(Duration.ofSeconds(1));
        throttle.acquire();
        throttle.acquire();
        assertThat(ticker.sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofMillis(100));
    }

    @Test
    void aShortPauseDoesNotHurryTheNextSlot() throws InterruptedException {
        throttle.acquire();
        throttle.pause(Duration.ofMillis(10));
        throttle.acquire();
        assertThat(ticker.sleeps).containsExactly(Duration.ofMillis(100));
    }
}
