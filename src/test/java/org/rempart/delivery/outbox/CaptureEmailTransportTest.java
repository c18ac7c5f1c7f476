package org.rempart.delivery.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rempart.delivery.OutgoingEmail;
import org.rempart.delivery.email.DkimSettings;
import org.rempart.delivery.email.TestEmails;
import org.rempart.delivery.email.WireMessages;
import org.rempart.delivery.internal.SendGate;
import org.rempart.delivery.internal.SendOutcome;

/** A group through the capture outbox: in order, each through its gate, and a failing gate loses no outcome. */
class CaptureEmailTransportTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);
    private final CaptureOutbox outbox = new CaptureOutbox(new OutboxSettings(10), clock, "", "");
    private final CaptureEmailTransport transport = new CaptureEmailTransport(outbox,
            new WireMessages(new DkimSettings(false, "rempart"), null, clock));

    @Test
    void capturesAGroupInOrderAndRefusesWhatIsNotAnAddress() {
        List<OutgoingEmail> group = List.of(TestEmails.to("une@destinataires.example"),
                TestEmails.to("pas une adresse"), TestEmails.to("deux@destinataires.example"));

        List<SendOutcome> outcomes = transport.send(group, SendGate.OPEN);

        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(0)).isInstanceOf(SendOutcome.Sent.class);
        assertThat(outcomes.get(1)).isEqualTo(SendOutcome.PermanentFailure.invalidAddress());
        assertThat(outcomes.get(2)).isInstanceOf(SendOutcome.Sent.class);
        assertThat(outbox.newestFirst()).extracting(m -> ((CapturedMessage.Email) m).email().to())
                .containsExactly("deux@destinataires.example", "une@destinataires.example");
    }

    @Test
    void aGateThatFailsLeavesTheRestUntriedAndKeepsTheOutcomesOfWhatWent() {
        List<OutgoingEmail> group = List.of(TestEmails.to("une@destinataires.example"),
                TestEmails.to("deux@destinataires.example"), TestEmails.to("trois@destinataires.example"));

        List<SendOutcome> failingOnLeave = transport.send(group, new FailingGate(1, true));
        List<SendOutcome> failingOnEnter = transport.send(group, new FailingGate(2, false));

        assertThat(failingOnLeave).singleElement().isInstanceOf(SendOutcome.Sent.class);
        assertThat(failingOnEnter).hasSize(1).allMatch(SendOutcome.Sent.class::isInstance);
        assertThat(outbox.newestFirst()).hasSize(2);
    }

    /** Fails on the {@code nth} message, as it leaves or as it enters. */
    private static final class FailingGate implements SendGate {

        private final int nth;
        private final boolean onLeave;
        private int entered;

        FailingGate(int nth, boolean onLeave) {
            this.nth = nth;
            this.onLeave = onLeave;
        }

        @Override
        public boolean enter(OutgoingEmail email) {
            entered++;
            if (!onLeave && entered == nth) {
                throw new IllegalStateException("gate broken");
            }
            return true;
        }

        @Override
        public void leave(OutgoingEmail email) {
            if (onLeave && entered == nth) {
                throw new IllegalStateException("gate broken");
            }
        }

        @Override
        public void stop() {
        }
    }
}
