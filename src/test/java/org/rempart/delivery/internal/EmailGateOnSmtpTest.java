package org.rempart.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rempart.delivery.email.DkimSettings;
import org.rempart.delivery.email.SmtpSettings;
import org.rempart.delivery.email.SmtpTransport;
import org.rempart.delivery.email.TestEmails;
import org.rempart.delivery.email.WireMessages;

/** The engine's gate on the SMTP transport's connection thread, against GreenMail. */
@Timeout(30)
class EmailGateOnSmtpTest {

    private GreenMail greenMail;
    private SmtpTransport transport;

    @BeforeEach
    void start() {
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        // Unsigned: the relay signs, so no key is needed.
        var unsigned = new WireMessages(new DkimSettings(false, "rempart"), null, Clock.systemUTC());
        transport = new SmtpTransport(new SmtpSettings("127.0.0.1", greenMail.getSmtp().getPort(), null, null, "none",
                1, Duration.ofSeconds(5), Duration.ofSeconds(5)), unsigned,
                (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    @AfterEach
    void stop() {
        transport.close();
        greenMail.stop();
    }

    @Test
    void aWorkerStoppedWhileItsGroupWaitsForADomainGetsWhatWentAndTheConnectionIsFreeAgain() throws Exception {
        var domains = new DomainLimiter(1);
        var elsewhere = TestEmails.to("occupe@orange.fr");
        var holder = new EmailGate(() -> 0, domains);
        assertThat(holder.enter(elsewhere)).isTrue();
        var outcomes = new AtomicReference<List<SendOutcome>>();
        var stillInterrupted = new AtomicBoolean();
        Thread worker = Thread.ofVirtual().start(() -> {
            outcomes.set(transport.send(List.of(TestEmails.to("un@free.fr"), TestEmails.to("deux@orange.fr"),
                    TestEmails.to("trois@free.fr")), new EmailGate(() -> 0, domains)));
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
        Thread.sleep(200); // the second message waits on the connection's thread for its domain

        worker.interrupt();
        worker.join();

        assertThat(outcomes.get()).containsExactly(new SendOutcome.Sent(null));
        assertThat(stillInterrupted).isTrue();
        assertThat(transport.send(TestEmails.to("apres@free.fr"))).as("the connection is free again")
                .isEqualTo(new SendOutcome.Sent(null));
        assertThat(greenMail.getReceivedMessages()).hasSize(2);
        holder.leave(elsewhere);
        var next = new EmailGate(() -> 0, domains);
        assertThat(next.enter(TestEmails.to("suivant@orange.fr"))).as("the stopped message took no place").isTrue();
    }
}
