package org.rempart.delivery.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rempart.StorageTest;
import org.rempart.delivery.OutgoingEmail;
import org.rempart.delivery.internal.SendGate;
import org.rempart.delivery.internal.SendOutcome;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bodies in eight bits (RFC 6152) for a relay that announces 8BITMIME, over a real SMTP
 * exchange with a server that keeps what it receives; seven bits otherwise, and whenever Rempart
 * signs.
 */
@StorageTest
class SmtpEightBitTest {

    @Autowired
    WireMessages signing;
    @Autowired
    DkimKeys keys;

    SmtpSink relay;
    SmtpTransport transport;

    @AfterEach
    void stop() throws Exception {
        transport.close();
        relay.close();
    }

    @Test
    void aRelayThatTakesEightBitsGetsTheBodiesAsTheyAre() throws Exception {
        start(true, unsigned());
        List<OutgoingEmail> emails = List.of(TestEmails.to("a@destinataires.example"),
                TestEmails.to("b@destinataires.example"));

        List<SendOutcome> outcomes = send(emails);

        assertThat(outcomes).allMatch(SendOutcome.Sent.class::isInstance);
        // The first message is built before any connection has met the relay: in seven bits.
        assertThat(relay.received().get(0).mailCommand()).doesNotContain("BODY=");
        assertThat(relay.received().get(1).mailCommand()).endsWith(" BODY=8BITMIME");
        MimeMultipart parts = parts(relay.received().get(1));
        OutgoingEmail second = emails.get(1);
        assertThat(parts.getBodyPart(0).getHeader("Content-Transfer-Encoding")).containsExactly("8bit");
        assertThat(parts.getBodyPart(0).getContent()).isEqualTo(second.text().replace("\n", "\r\n"));
        assertThat(parts.getBodyPart(1).getHeader("Content-Transfer-Encoding")).containsExactly("8bit");
        assertThat(parts.getBodyPart(1).getContent()).isEqualTo(second.html());
    }

    @Test
    void aLineTooLongForSmtpKeepsItsPartInQuotedPrintable() throws Exception {
        start(true, unsigned());
        OutgoingEmail email = TestEmails.padded("long@destinataires.example", 1200);

        send(List.of(TestEmails.to("a@destinataires.example"), email));

        MimeMultipart parts = parts(relay.received().get(1));
        assertThat(relay.received().get(1).mailCommand()).endsWith(" BODY=8BITMIME");
        assertThat(parts.getBodyPart(0).getHeader("Content-Transfer-Encoding")).containsExactly("8bit");
        assertThat(parts.getBodyPart(1).getHeader("Content-Transfer-Encoding")).containsExactly("quoted-printable");
        assertThat(parts.getBodyPart(1).getContent()).isEqualTo(email.html());
    }

    @Test
    void aRelayThatDoesNotAnnounceItGetsSevenBits() throws Exception {
        start(false, unsigned());

        send(List.of(TestEmails.to("a@destinataires.example"), TestEmails.to("b@destinataires.example")));

        for (SmtpSink.Received received : relay.received()) {
            assertThat(received.mailCommand()).doesNotContain("BODY=");
            MimeMultipart parts = parts(received);
            assertThat(parts.getBodyPart(0).getHeader("Content-Transfer-Encoding")).containsExactly("quoted-printable");
            assertThat(parts.getBodyPart(1).getHeader("Content-Transfer-Encoding")).containsExactly("quoted-printable");
        }
    }

    @Test
    void aMessageRempartSignsKeepsSevenBitsForTheSignatureToSurviveAConversion() throws Exception {
        start(true, signing);

        send(List.of(TestEmails.to("a@destinataires.example"), TestEmails.to("b@destinataires.example")));

        SmtpSink.Received received = relay.received().get(1);
        assertThat(received.mailCommand()).doesNotContain("BODY=");
        assertThat(parts(received).getBodyPart(1).getHeader("Content-Transfer-Encoding"))
                .containsExactly("quoted-printable");
        var dkim = DkimVerifier.verify(received.data(), keys.publicKey("envoi.rempart-test.fr").publicKey());
        assertThat(dkim.bodyHashMatches()).isTrue();
        assertThat(dkim.signatureValid()).isTrue();
    }

    private WireMessages unsigned() {
        return new WireMessages(new DkimSettings(false, "rempart"), keys, Clock.systemUTC());
    }

    private void start(boolean eightBitMime, WireMessages messages) throws Exception {
        relay = SmtpSink.keeping(eightBitMime);
        transport = new SmtpTransport(new SmtpSettings("127.0.0.1", relay.port(), null, null, "none", 1,
                Duration.ofSeconds(5), Duration.ofSeconds(5)), messages,
                (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** One message after the other, each built once the one before has gone. */
    private List<SendOutcome> send(List<OutgoingEmail> emails) {
        return emails.stream().map(email -> transport.send(List.of(email), SendGate.OPEN).getFirst()).toList();
    }

    private static MimeMultipart parts(SmtpSink.Received received) throws Exception {
        var message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(received.data()));
        return (MimeMultipart) message.getContent();
    }
}
