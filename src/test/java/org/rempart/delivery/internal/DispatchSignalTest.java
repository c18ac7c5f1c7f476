package org.rempart.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

class DispatchSignalTest {

    private final DispatchSignal signal = new DispatchSignal();

    @Test
    void aWakeBetweenTheMarkAndTheWaitIsNotLost() {
        long mark = signal.mark();
        signal.wake();

        assertThatCode(() -> signal.awaitAfter(mark, Duration.ofMinutes(1))).doesNotThrowAnyException();
        assertThat(signal.mark()).isNotEqualTo(mark);
    }

    @Test
    void withoutAWakeTheWaitLastsItsTimeout() throws InterruptedException {
        long start = System.nanoTime();
        signal.awaitAfter(signal.mark(), Duration.ofMillis(200));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void inATransactionTheWorkersAreWokenOnlyOnceItHasCommitted() {
        long mark = signal.mark();
        TransactionSynchronizationManager.initSynchronization();
        try {
            signal.wakeAfterCommit();
            assertThat(signal.mark()).as("before the commit").isEqualTo(mark);

            TransactionSynchronizationUtils.invokeAfterCommit(TransactionSynchronizationManager.getSynchronizations());
            assertThat(signal.mark()).as("after the commit").isNotEqualTo(mark);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void outsideATransactionTheWorkersAreWokenAtOnce() {
        long mark = signal.mark();
        signal.wakeAfterCommit();

        assertThat(signal.mark()).isNotEqualTo(mark);
    }
}
