package org.rempart.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rempart.delivery.OutgoingEmail;
import org.rempart.delivery.email.TestEmails;

/** The limits an email waits for on the thread that sends it, and a stop that ends the wait. */
@Timeout(30)
class EmailGateTest {

    private final DomainLimiter domains = new DomainLimiter(2);

    private EmailGate unpaced() {
        return new EmailGate(() -> 0, domains);
    }

    /** {@code gate.enter(email)} on a thread of its own. */
    private static CompletableFuture<Boolean> entering(EmailGate gate, OutgoingEmail email) {
        var entered = new CompletableFuture<Boolean>();
        Thread.ofVirtual().start(() -> entered.complete(gate.enter(email)));
        return entered;
    }

    @Test
    void aDomainHasNoMoreMessagesInFlightThanItsLimitWhileOthersGoOn() throws Exception {
        var first = TestEmails.to("un@orange.fr");
        EmailGate gate = unpaced();
        assertThat(gate.enter(first)).isTrue();
        assertThat(unpaced().enter(TestEmails.to("deux@orange.fr"))).isTrue();

        CompletableFuture<Boolean> third = entering(unpaced(), TestEmails.to("trois@orange.fr"));
        assertThat(unpaced().enter(TestEmails.to("ailleurs@free.fr"))).isTrue();
        Thread.sleep(200);
        assertThat(third).as("a third message to the domain waits").isNotDone();

        gate.leave(first);
        assertThat(third.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void stoppingEndsAWaitForTheDomainWithoutTakingAPlace() throws Exception {
        var first = TestEmails.to("un@orange.fr");
        EmailGate holder = unpaced();
        holder.enter(first);
        unpaced().enter(TestEmails.to("deux@orange.fr"));
        EmailGate waiting = unpaced();
        CompletableFuture<Boolean> entered = entering(waiting, TestEmails.to("trois@orange.fr"));
        Thread.sleep(100);

        waiting.stop();

        assertThat(entered.get(5, TimeUnit.SECONDS)).isFalse();
        assertThat(waiting.enter(TestEmails.to("ailleurs@free.fr"))).as("a stopped gate lets nothing through").isFalse();
        holder.leave(first);
        assertThat(entering(unpaced(), TestEmails.to("quatre@orange.fr")).get(5, TimeUnit.SECONDS))
                .as("the place given back is free: the stopped wait took none").isTrue();
    }

    @Test
    void messagesGoNoFasterThanTheRate() {
        var throttle = new Throttle(20, Throttle.Ticker.SYSTEM);
        var gate = new EmailGate(throttle::reserve, new DomainLimiter(100));
        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            var email = TestEmails.to("cadence." + i + "@orange.fr");
            assertThat(gate.enter(email)).isTrue();
            gate.leave(email);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("four intervals of 50 ms")
                .isGreaterThanOrEqualTo(Duration.ofMillis(190));
    }

    @Test
    void stoppingEndsAWaitForTheNextSlot() throws Exception {
        var throttle = new Throttle(0.1, Throttle.Ticker.SYSTEM);
        var gate = new EmailGate(throttle::reserve, domains);
        assertThat(gate.enter(TestEmails.to("premier@orange.fr"))).isTrue();
        long start = System.nanoTime();
        CompletableFuture<Boolean> second = entering(gate, TestEmails.to("second@free.fr"));
        Thread.sleep(100);

        gate.stop();

        assertThat(second.get(5, TimeUnit.SECONDS)).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("not the ten seconds of the slot")
                .isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anInterruptedThreadIsNotLetThroughAndKeepsItsFlag() {
        Thread.currentThread().interrupt();
        try {
            assertThat(unpaced().enter(TestEmails.to("un@orange.fr"))).isFalse();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
