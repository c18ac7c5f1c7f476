package org.rempart.delivery.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rempart.StorageTest;
import org.rempart.delivery.internal.SendOutcome;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The protections of {@code REMPART_SMTP_TLS} against relays that speak TLS: implicit TLS and
 * STARTTLS carry the message once the relay's certificate is trusted and names the host;
 * an untrusted certificate, a certificate for another name, or a relay that does not offer
 * STARTTLS when it is required, carry nothing.
 */
@StorageTest
class SmtpTlsTest {

    @TempDir
    static Path keys;
    static TlsRelay.Certificate forLoopback;
    static TlsRelay.Certificate forAnotherName;

    @Autowired
    WireMessages messages;

    GreenMail greenMail;
    final List<AutoCloseable> closing = new ArrayList<>();

    @BeforeAll
    static void certificates() throws Exception {
        forLoopback = TlsRelay.Certificate.of(keys, "ip:127.0.0.1");
        forAnotherName = TlsRelay.Certificate.of(keys, "dns:relay.example");
    }

    @BeforeEach
    void start() {
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : closing) {
            c.close();
        }
        greenMail.stop();
    }

    private TlsRelay relay(TlsRelay.Mode mode, TlsRelay.Certificate certificate) throws Exception {
        var relay = new TlsRelay(mode, certificate, greenMail.getSmtp().getPort());
        closing.add(relay);
        return relay;
    }

    private SendOutcome send(int port, String security, SSLSocketFactory trust) {
        var settings = new SmtpSettings("127.0.0.1", port, null, null, security, 1, Duration.ofSeconds(5),
                Duration.ofSeconds(5));
        var transport = new SmtpTransport(settings, messages, trust);
        closing.add(transport);
        return transport.send(TestEmails.to("tls@destinataires.example"));
    }

    @Test
    void implicitTlsAndStartTlsCarryTheMessageToATrustedRelay() throws Exception {
        for (var mode : TlsRelay.Mode.values()) {
            var relay = relay(mode, forLoopback);
            String security = mode == TlsRelay.Mode.IMPLICIT ? "implicit" : "starttls";

            assertThat(send(relay.port(), security, forLoopback.trustingClient().getSocketFactory()))
                    .as(security).isInstanceOf(SendOutcome.Sent.class);
            assertThat(relay.sessions()).as(security).isEqualTo(1);
        }
        assertThat(greenMail.getReceivedMessages()).hasSize(2);
    }

    @Test
    void aRelayWhoseCertificateIsNotTrustedOrNamesAnotherHostGetsNothing() throws Exception {
        var untrusted = relay(TlsRelay.Mode.IMPLICIT, forLoopback);
        var misnamed = relay(TlsRelay.Mode.STARTTLS, forAnotherName);

        assertThat(send(untrusted.port(), "implicit", (SSLSocketFactory) SSLSocketFactory.getDefault()))
                .as("a certificate the JVM's trust store does not know").isInstanceOf(SendOutcome.TemporaryFailure.class);
        assertThat(send(misnamed.port(), "starttls", forAnotherName.trustingClient().getSocketFactory()))
                .as("a trusted certificate for another name").isInstanceOf(SendOutcome.TemporaryFailure.class);
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void startTlsRequiredRefusesAPlainRelayAndOpportunisticSendsInPlainText() throws Exception {
        int plain = greenMail.getSmtp().getPort();
        SSLSocketFactory trust = forLoopback.trustingClient().getSocketFactory();

        assertThat(send(plain, "starttls", trust)).isInstanceOf(SendOutcome.TemporaryFailure.class);
        assertThat(greenMail.getReceivedMessages()).isEmpty();

        assertThat(send(plain, "opportunistic", trust)).isInstanceOf(SendOutcome.Sent.class);
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }
}
