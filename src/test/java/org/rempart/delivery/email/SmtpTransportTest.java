package org.rempart.delivery.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rempart.StorageTest;
import org.rempart.delivery.OutgoingEmail;
import org.rempart.delivery.internal.SendGate;
import org.rempart.delivery.internal.SendOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The SMTP transport against GreenMail, a real SMTP server, through a fault-injecting TCP proxy. */
@StorageTest
@ExtendWith(OutputCaptureExtension.class)
class SmtpTransportTest {

    @Autowired
    WireMessages messages;
    @Autowired
    DkimKeys keys;

    GreenMail greenMail;
    SmtpFaultProxy proxy;
    List<SmtpTransport> transports = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        // GreenMail logs the addresses it creates mailboxes for; Rempart's own logs are what is checked here.
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel("com.icegreen", LogLevel.WARN);
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("relay@rempart-test.fr", "rempart", "s3cret-Relay"));
        greenMail.start();
        proxy = new SmtpFaultProxy("127.0.0.1", greenMail.getSmtp().getPort());
    }

    @AfterEach
    void stop() throws Exception {
        transports.forEach(SmtpTransport::close);
        proxy.close();
        greenMail.stop();
    }

    private SmtpTransport transport(int port, int connections, String username, String password) {
        return transport(port, connections, username, password, Duration.ofSeconds(5));
    }

    private SmtpTransport transport(int port, int connections, String username, String password, Duration timeout) {
        var settings = new SmtpSettings("127.0.0.1", port, username, password, "none", connections,
                Duration.ofSeconds(5), timeout);
        var transport = new SmtpTransport(settings, messages, (SSLSocketFactory) SSLSocketFactory.getDefault());
        transports.add(transport);
        return transport;
    }

    @Test
    void sendsSignedMultipartMessagesReusingItsConnections() throws Exception {
        var transport = transport(proxy.port(), 2, null, null);
        List<OutgoingEmail> emails = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            emails.add(TestEmails.to("client" + i + "@destinataires.example"));
        }
        List<SendOutcome> outcomes = new ArrayList<>();
        try (var workers = Executors.newFixedThreadPool(4)) {
            List<Future<SendOutcome>> sent = emails.stream().map(e -> workers.submit(() -> transport.send(e))).toList();
            for (var future : sent) {
                outcomes.add(future.get());
            }
        }

        assertThat(outcomes).allMatch(SendOutcome.Sent.class::isInstance);
        assertThat(transport.connections()).isEqualTo(2);
        assertThat(proxy.connectionsAccepted()).isBetween(1, 2);
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(12);

        OutgoingEmail first = emails.getFirst();
        MimeMessage message = greenMail.getReceivedMessagesForDomain("client0@destinataires.example")[0];
        assertThat(message.getHeader("Message-ID", null)).isEqualTo("<" + first.messageId() + ">");
        assertThat(message.getHeader("From", null)).contains("<offres@envoi.rempart-test.fr>").contains("=?UTF-8?");
        assertThat(((InternetAddress) message.getFrom()[0]).getPersonal()).isEqualTo("Boutique Rempart Été");
        assertThat(message.getSubject()).isEqualTo("Bonjour Élodie, vos offres d'été");
        assertThat(message.getHeader("Subject", null)).startsWith("=?UTF-8?");
        assertThat(message.getHeader("To", null)).isEqualTo("client0@destinataires.example");
        assertThat(message.getHeader("Date", null)).isNotBlank();
        assertThat(message.getHeader("MIME-Version", null)).isEqualTo("1.0");
        assertThat(message.getHeader("List-Unsubscribe", null))
                .isEqualTo("<" + first.unsubscribeUrl() + ">, <" + first.unsubscribeMailto() + ">");
        assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(message.getHeader("Return-Path", null)).isEqualTo("<" + first.bounceAddress() + ">");

        assertThat(message.getContentType()).startsWith("multipart/alternative");
        var parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(parts.getBodyPart(0).getHeader("Content-Transfer-Encoding")).containsExactly("quoted-printable");
        assertThat(parts.getBodyPart(0).getContent().toString().replace("\r\n", "\n")).isEqualTo(first.text());
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat(parts.getBodyPart(1).getHeader("Content-Transfer-Encoding")).containsExactly("quoted-printable");
        assertThat(parts.getBodyPart(1).getContent()).isEqualTo(first.html());

        var raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        var dkim = DkimVerifier.verify(raw.toByteArray(), keys.publicKey("envoi.rempart-test.fr").publicKey());
        assertThat(dkim.tags()).containsEntry("a", "rsa-sha256").containsEntry("c", "relaxed/relaxed")
                .containsEntry("d", "envoi.rempart-test.fr").containsEntry("s", "rempart");
        assertThat(List.of(dkim.tags().get("h").toLowerCase().split(":"))).contains("from", "to", "subject", "date",
                "message-id", "mime-version", "content-type", "list-unsubscribe", "list-unsubscribe-post");
        assertThat(dkim.bodyHashMatches()).isTrue();
        assertThat(dkim.signatureValid()).isTrue();
    }

    @Test
    void aTamperedMessageFailsTheSignature() throws Exception {
        var transport = transport(proxy.port(), 1, null, null);
        assertThat(transport.send(TestEmails.to("verif@destinataires.example"))).isInstanceOf(SendOutcome.Sent.class);
        var raw = new ByteArrayOutputStream();
        greenMail.getReceivedMessages()[0].writeTo(raw);
        String key = keys.publicKey("envoi.rempart-test.fr").publicKey();
        byte[] tampered = raw.toString(java.nio.charset.StandardCharsets.ISO_8859_1).replace("Subject: =?UTF-8?",
                "Subject: =?utf-8?").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(DkimVerifier.verify(raw.toByteArray(), key).signatureValid()).isTrue();
        assertThat(DkimVerifier.verify(tampered, key).signatureValid()).isFalse();
    }

    @Test
    void authenticatesWithUserAndPassword() throws Exception {
        int port = greenMail.getSmtp().getPort();
        assertThat(transport(port, 1, "rempart", "s3cret-Relay").send(TestEmails.to("auth@destinataires.example")))
                .isInstanceOf(SendOutcome.Sent.class);
        assertThat(transport(port, 1, "rempart", "wrong-password").send(TestEmails.to("auth@destinataires.example")))
                .isEqualTo(new SendOutcome.ChannelDown("authentication refused"));
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aBusyServerIsATemporaryFailureThenTheChannelIsDown() {
        var transport = transport(proxy.port(), 1, null, null);
        proxy.refuseGreetings(2);
        assertThat(transport.send(TestEmails.to("busy@destinataires.example"))).isInstanceOf(SendOutcome.TemporaryFailure.class);
        assertThat(transport.send(TestEmails.to("busy@destinataires.example"))).isInstanceOf(SendOutcome.TemporaryFailure.class);
        assertThat(transport.send(TestEmails.to("busy@destinataires.example"))).isInstanceOf(SendOutcome.Sent.class);

        var another = transport(proxy.port(), 1, null, null);
        proxy.refuseGreetings(10);
        for (int i = 1; i < SmtpTransport.DOWN_AFTER; i++) {
            assertThat(another.send(TestEmails.to("busy@destinataires.example")))
                    .isInstanceOf(SendOutcome.TemporaryFailure.class);
        }
        assertThat(another.send(TestEmails.to("busy@destinataires.example")))
                .isEqualTo(new SendOutcome.Unreachable("server unreachable"));
        transport.close();
        assertThat(transport.send(List.of(TestEmails.to("busy@destinataires.example")), SendGate.OPEN))
                .as("nothing tried once closed").isEmpty();
        assertThat(transport.send(TestEmails.to("busy@destinataires.example")))
                .isEqualTo(new SendOutcome.TemporaryFailure("transport closed"));
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void unknownRecipientsAndDroppedConnectionsMapToTheirOutcomesWithoutAnyAddress(CapturedOutput output) {
        var transport = transport(proxy.port(), 1, null, null);
        String unknown = "jean.inconnu@destinataires.example";
        proxy.refuseRecipient(unknown);
        List<SendOutcome> outcomes = new ArrayList<>();

        outcomes.add(transport.send(TestEmails.to(unknown)));
        outcomes.add(transport.send(TestEmails.to("marie.connue@destinataires.example")));
        proxy.dropInData(1);
        outcomes.add(transport.send(TestEmails.to("paul.coupe@destinataires.example")));
        outcomes.add(transport.send(TestEmails.to("paul.coupe@destinataires.example")));

        assertThat(outcomes).containsExactly(new SendOutcome.PermanentFailure("550 5.1.1"), new SendOutcome.Sent(null),
                new SendOutcome.TemporaryFailure("connection lost"), new SendOutcome.Sent(null));
        assertThat(proxy.connectionsAccepted()).isEqualTo(2);
        assertThat(greenMail.getReceivedMessages()).hasSize(2);
        assertThat(outcomes.toString() + output.getAll()).doesNotContain("inconnu", "connue", "coupe", "destinataires");
    }

    @Test
    void aGroupGoesOutInOrderOnOneConnectionEachMessageThroughItsGate() {
        var transport = transport(proxy.port(), 2, null, null);
        var gate = new CountingGate();

        List<SendOutcome> outcomes = transport.send(List.of(TestEmails.to("un@destinataires.example"),
                TestEmails.to("pas une adresse@@destinataires"), TestEmails.to("trois@destinataires.example")), gate);

        assertThat(outcomes).containsExactly(new SendOutcome.Sent(null),
                new SendOutcome.PermanentFailure("5.1.3 invalid address"), new SendOutcome.Sent(null));
        assertThat(gate.entered).as("an invalid address does not wait for a limit").hasValue(2);
        assertThat(gate.left).hasValue(2);
        assertThat(proxy.connectionsAccepted()).isOne();
        assertThat(greenMail.getReceivedMessages()).hasSize(2);
    }

    @Test
    void aGroupStopsAtTheOutcomeThatHaltsTheChannel() {
        var transport = transport(proxy.port(), 1, null, null);
        proxy.refuseGreetings(10);
        List<OutgoingEmail> group = new ArrayList<>();
        for (int i = 0; i < SmtpTransport.DOWN_AFTER + 2; i++) {
            group.add(TestEmails.to("groupe." + i + "@destinataires.example"));
        }

        List<SendOutcome> outcomes = transport.send(group, SendGate.OPEN);

        assertThat(outcomes).hasSize(SmtpTransport.DOWN_AFTER).last()
                .isEqualTo(new SendOutcome.Unreachable("server unreachable"));
        assertThat(outcomes.subList(0, SmtpTransport.DOWN_AFTER - 1))
                .allMatch(SendOutcome.TemporaryFailure.class::isInstance);
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anInterruptedCallerStopsItsGroupAtTheNextMessageAndGetsTheOutcomeOfWhatWent() throws Exception {
        var transport = transport(proxy.port(), 1, null, null);
        var gate = new CountingGate() {

            final CountDownLatch secondWaits = new CountDownLatch(1);
            final CountDownLatch stopped = new CountDownLatch(1);

            @Override
            public boolean enter(OutgoingEmail email) {
                if (entered.get() == 1) {
                    secondWaits.countDown();
                    try {
                        if (stopped.await(20, TimeUnit.SECONDS)) {
                            return false;
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
                return super.enter(email);
            }

            @Override
            public void stop() {
                stopped.countDown();
            }
        };
        var outcomes = new AtomicReference<List<SendOutcome>>();
        var stillInterrupted = new AtomicBoolean();
        Thread caller = Thread.ofVirtual().start(() -> {
            outcomes.set(transport.send(List.of(TestEmails.to("premier@destinataires.example"),
                    TestEmails.to("second@destinataires.example"), TestEmails.to("dernier@destinataires.example")),
                    gate));
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });

        gate.secondWaits.await();
        caller.interrupt();
        caller.join();

        assertThat(outcomes.get()).containsExactly(new SendOutcome.Sent(null));
        assertThat(stillInterrupted).isTrue();
        assertThat(gate.left).hasValue(1);
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aTestSendGoesAheadOfTheGroupsWaitingForAConnection() throws Exception {
        var transport = transport(proxy.port(), 1, null, null);
        var held = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var holding = new CountingGate() {

            @Override
            public boolean enter(OutgoingEmail email) {
                held.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                return super.enter(email);
            }
        };
        Thread first = Thread.ofVirtual().start(() -> transport.send(
                List.of(TestEmails.to("groupe.un@destinataires.example")), holding));
        held.await();
        Thread waiting = Thread.ofVirtual().start(() -> transport.send(
                List.of(TestEmails.to("groupe.deux@destinataires.example")), SendGate.OPEN));
        Thread.sleep(200);
        var test = new AtomicReference<SendOutcome>();
        Thread operator = Thread.ofVirtual().start(() -> test.set(transport.send(
                TestEmails.to("essai@destinataires.example"))));
        Thread.sleep(200);

        release.countDown();
        for (Thread thread : List.of(first, waiting, operator)) {
            thread.join();
        }

        assertThat(test.get()).isEqualTo(new SendOutcome.Sent(null));
        List<String> order = new ArrayList<>();
        for (MimeMessage received : greenMail.getReceivedMessages()) {
            order.add(((InternetAddress) received.getRecipients(jakarta.mail.Message.RecipientType.TO)[0])
                    .getAddress().split("@")[0]);
        }
        assertThat(order).containsExactly("groupe.un", "essai", "groupe.deux");
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aGateThatFailsLeavesTheRestOfItsGroupUntriedAndKeepsTheOutcomesOfWhatWent() {
        var transport = transport(proxy.port(), 1, null, null);
        var failing = new CountingGate() {

            @Override
            public boolean enter(OutgoingEmail email) {
                if (entered.get() == 1) {
                    throw new IllegalStateException("gate broken");
                }
                return super.enter(email);
            }
        };

        List<SendOutcome> outcomes = transport.send(List.of(TestEmails.to("premier@destinataires.example"),
                TestEmails.to("second@destinataires.example")), failing);

        assertThat(outcomes).containsExactly(new SendOutcome.Sent(null));
        assertThat(failing.left).hasValue(1);
        assertThat(transport.send(TestEmails.to("ensuite@destinataires.example")))
                .as("the connection serves the next group").isEqualTo(new SendOutcome.Sent(null));
        assertThat(greenMail.getReceivedMessages()).hasSize(2);
    }

    @Test
    @Timeout(30)
    void aTransportSharedWithOtherNodesUsesOnlyItsShareOfTheConnectionsAndClosesTheOthers() throws Exception {
        var transport = transport(proxy.port(), 3, null, null);
        // Three groups held in the gate together: each on a connection of its own.
        var together = new CountDownLatch(3);
        var allThree = new CountingGate() {
            @Override
            public boolean enter(OutgoingEmail email) {
                together.countDown();
                try {
                    return super.enter(email) && together.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        };
        assertThat(sendFromThreads(transport, 3, allThree)).allMatch(SendOutcome.Sent.class::isInstance);
        assertThat(proxy.connectionsOpen()).isEqualTo(3);

        transport.share(1);

        while (proxy.connectionsOpen() > 1) {
            Thread.sleep(50); // the idle connections beyond the share close within a second
        }
        int accepted = proxy.connectionsAccepted();
        assertThat(sendFromThreads(transport, 9, SendGate.OPEN)).allMatch(SendOutcome.Sent.class::isInstance);
        assertThat(proxy.connectionsOpen()).isEqualTo(1);
        assertThat(proxy.connectionsAccepted()).as("the connection kept is reused").isEqualTo(accepted);
        assertThat(greenMail.getReceivedMessages()).hasSize(12);
    }

    /** One email per group, each group sent from a thread of its own, all at once. */
    private static List<SendOutcome> sendFromThreads(SmtpTransport transport, int emails, SendGate gate)
            throws Exception {
        List<SendOutcome> outcomes = new ArrayList<>();
        try (var workers = Executors.newFixedThreadPool(emails)) {
            List<Future<List<SendOutcome>>> sent = new ArrayList<>();
            for (int i = 0; i < emails; i++) {
                OutgoingEmail email = TestEmails.to("part" + i + "@destinataires.example");
                sent.add(workers.submit(() -> transport.send(List.of(email), gate)));
            }
            for (var future : sent) {
                outcomes.addAll(future.get());
            }
        }
        return outcomes;
    }

    /** Lets every message through, counting. */
    private static class CountingGate implements SendGate {

        final AtomicInteger entered = new AtomicInteger();
        final AtomicInteger left = new AtomicInteger();

        @Override
        public boolean enter(OutgoingEmail email) {
            entered.incrementAndGet();
            return true;
        }

        @Override
        public void leave(OutgoingEmail email) {
            left.incrementAndGet();
        }

        @Override
        public void stop() {
        }
    }

    @Test
    void anInvalidAddressIsAPermanentFailureThatDoesNotQuoteIt() {
        var transport = transport(proxy.port(), 1, null, null);
        SendOutcome outcome = transport.send(TestEmails.to("pas une adresse@@destinataires"));
        assertThat(outcome).isEqualTo(new SendOutcome.PermanentFailure("5.1.3 invalid address"));
        assertThat(proxy.connectionsAccepted()).isZero();
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // an uncut write blocks for ever
    void aWriteBlockedByAServerThatStoppedReadingIsCutAfterTheTimeout() {
        var transport = transport(proxy.port(), 1, null, null, Duration.ofSeconds(1));
        proxy.stallInData(1);
        long start = System.nanoTime();
        // More than the socket buffers on both sides hold, so that the client's write blocks.
        SendOutcome outcome = transport.send(TestEmails.padded("lent@destinataires.example", 12 << 20));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(outcome).isEqualTo(new SendOutcome.TemporaryFailure("timeout"));
        assertThat(took).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(20));
        assertThat(transport.send(TestEmails.to("rapide@destinataires.example"))).isEqualTo(new SendOutcome.Sent(null));
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }
}
