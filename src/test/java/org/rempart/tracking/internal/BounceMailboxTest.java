package org.rempart.tracking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rempart.StorageTest;
import org.rempart.contacts.Channel;
import org.rempart.contacts.SuppressionList;
import org.rempart.delivery.DeliveryRef;
import org.rempart.tracking.CampaignFeedback;
import org.rempart.tracking.TrackedDeliveries;
import org.rempart.tracking.TrackingLinks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The bounce mailbox read from GreenMail's IMAP server, with DSN and ARF messages as mail servers write them. */
@StorageTest
@ExtendWith(OutputCaptureExtension.class)
class BounceMailboxTest {

    private static final String DOMAIN = "news.example.fr";

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort());

    @Autowired
    BounceMailbox mailbox;
    @Autowired
    TrackingLinks links;
    @Autowired
    CampaignFeedback feedback;
    @Autowired
    SuppressionList suppressions;
    @Autowired
    TrackedDeliveries deliveries;

    private GreenMailUser inbox;
    private long campaign;

    @BeforeEach
    void mailbox() {
        inbox = mail.setUser("bounces@" + DOMAIN, "bounces", "s3cret-imap");
        campaign = TrackedDeliveries.unique();
    }

    private String imapUrl() {
        return "imap://bounces:s3cret-imap@127.0.0.1:" + mail.getImap().getPort() + "/INBOX";
    }

    private record Recipient(String email, DeliveryRef delivery) {
    }

    private Recipient recipient() throws Exception {
        String email = TrackedDeliveries.email();
        return new Recipient(email, deliveries.delivery(campaign, deliveries.contact(email, null), Channel.EMAIL));
    }

    private void deliver(String raw) throws Exception {
        inbox.deliver(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))));
    }

    private static String messageId(DeliveryRef delivery) {
        return "rempart." + delivery.deliveryId() + "." + delivery.campaignId() + "@" + DOMAIN;
    }

    /** A Postfix-style DSN sent to the VERP address, returning the message's headers. */
    private String dsn(String to, Recipient recipient, String action, String status) {
        return """
                From: MAILER-DAEMON@mx.example.net (Mail Delivery System)
                To: %s
                Subject: Undelivered Mail Returned to Sender
                Message-ID: <dsn.%d@mx.example.net>
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"

                --BOUNDARY
                Content-Type: text/plain; charset=us-ascii

                This is the mail system at host mx.example.net.
                <%s>: host mx.example.net said: 550 5.1.1 <%s>: Recipient address rejected

                --BOUNDARY
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.net
                Arrival-Date: Mon, 30 Nov 2026 10:00:00 +0100

                Final-Recipient: rfc822; %s
                Original-Recipient: rfc822;%s
                Action: %s
                Status: %s
                Diagnostic-Code: smtp; 550 %s <%s>: Recipient address rejected

                --BOUNDARY
                Content-Type: text/rfc822-headers

                Return-Path: <bounces@%s>
                From: Offres <offres@%s>
                To: <%s>
                Subject: Nos offres
                Message-ID: <%s>

                --BOUNDARY--
                """.formatted(to, recipient.delivery().deliveryId(), recipient.email(), recipient.email(),
                recipient.email(), recipient.email(), action, status, status, recipient.email(), DOMAIN, DOMAIN,
                recipient.email(), messageId(recipient.delivery()));
    }

    /** An ARF abuse report from a mailbox provider's feedback loop, returning the whole message. */
    private String abuseReport(Recipient recipient) {
        String verp = links.bounceAddress(recipient.delivery().deliveryId(), DOMAIN);
        return """
                From: fbl@provider.example.com
                To: abuse@%s
                Subject: FW: Nos offres
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=feedback-report; boundary="ARF"

                --ARF
                Content-Type: text/plain

                This is an email abuse report for an email message received from IP 192.0.2.1.

                --ARF
                Content-Type: message/feedback-report

                Feedback-Type: abuse
                User-Agent: ProviderFBL/1.0
                Version: 1
                Original-Rcpt-To: <%s>
                Arrival-Date: Mon, 30 Nov 2026 10:00:00 +0100

                --ARF
                Content-Type: message/rfc822

                Return-Path: <%s>
                From: Offres <offres@%s>
                To: <%s>
                Subject: Nos offres
                Message-ID: <other.%d@%s>

                Bonjour Camille, nos offres.

                --ARF--
                """.formatted(DOMAIN, recipient.email(), verp, DOMAIN, recipient.email(),
                recipient.delivery().deliveryId(), DOMAIN);
    }

    private String unsubscribeMail(String to) {
        return """
                From: <someone@example.org>
                To: <%s>
                Subject: unsubscribe
                MIME-Version: 1.0
                Content-Type: text/plain

                unsubscribe
                """.formatted(to);
    }

    @Test
    void reportsAreMatchedAppliedAndDeletedAndTheRestIsLeftAlone(CapturedOutput output) throws Exception {
        Recipient hard = recipient();
        Recipient soft = recipient();
        Recipient complaint = recipient();
        Recipient unsubscribe = recipient();
        deliver(dsn(links.bounceAddress(hard.delivery().deliveryId(), DOMAIN), hard, "failed", "5.1.1"));
        deliver(dsn("bounces@" + DOMAIN, soft, "delayed", "4.4.7"));
        deliver(abuseReport(complaint));
        String mailto = links.unsubscribeLinks(unsubscribe.delivery().deliveryId(), DOMAIN).mailto();
        deliver(unsubscribeMail(mailto.substring("mailto:".length(), mailto.indexOf('?')).toUpperCase()));
        deliver(unsubscribeMail("bounces@" + DOMAIN));

        var pass = mailbox.read(imapUrl());

        assertThat(pass).isEqualTo(new BounceMailbox.Pass(4, 1));
        var counts = feedback.counts(campaign);
        assertThat(counts.bounces()).isEqualTo(1);
        assertThat(counts.softBounces()).isEqualTo(1);
        assertThat(counts.complaints()).isEqualTo(1);
        assertThat(counts.unsubscribes()).isEqualTo(1);
        assertThat(suppressions.isSuppressed(Channel.EMAIL, hard.email())).isTrue();
        assertThat(suppressions.isSuppressed(Channel.EMAIL, soft.email())).isFalse();
        assertThat(suppressions.isSuppressed(Channel.EMAIL, complaint.email())).isTrue();
        assertThat(suppressions.isSuppressed(Channel.EMAIL, unsubscribe.email())).isTrue();
        assertThat(deliveries.consent(hard.delivery().contactId(), Channel.EMAIL)).isEqualTo("YES");
        assertThat(deliveries.consent(complaint.delivery().contactId(), Channel.EMAIL)).isEqualTo("NO");
        assertThat(deliveries.consent(unsubscribe.delivery().contactId(), Channel.EMAIL)).isEqualTo("NO");
        assertThat(deliveries.auditDetails("tracking.bounce", hard.delivery().contactId()))
                .containsExactly("EMAIL delivery " + hard.delivery().deliveryId() + " of campaign " + campaign
                        + ": status 5.1.1, address suppressed");
        assertThat(deliveries.auditDetails("tracking.complaint", complaint.delivery().contactId())).hasSize(1);

        assertThat(mailbox.read(imapUrl())).isEqualTo(new BounceMailbox.Pass(0, 1));
        assertThat(output.getAll()).doesNotContain(hard.email()).doesNotContain(complaint.email())
                .doesNotContain("s3cret-imap");
    }

    @Test
    void aBounceReportedAtSendTimeAndAgainByDsnCountsOnce() throws Exception {
        Recipient hard = recipient();
        deliver(dsn("bounces@" + DOMAIN, hard, "failed", "5.2.1"));
        deliver(dsn(links.bounceAddress(hard.delivery().deliveryId(), DOMAIN), hard, "failed", "5.2.1"));

        assertThat(mailbox.read(imapUrl())).isEqualTo(new BounceMailbox.Pass(2, 0));
        assertThat(feedback.counts(campaign).bounces()).isEqualTo(1);
        assertThat(deliveries.auditDetails("tracking.bounce", hard.delivery().contactId())).hasSize(1);
    }

    @Test
    void successNoticesForgedTokensAndUnknownMessageIdsAreNotMatched() throws Exception {
        Recipient someone = recipient();
        String verp = links.bounceAddress(someone.delivery().deliveryId(), DOMAIN);
        int last = verp.indexOf('@') - 1;
        String forged = verp.substring(0, last) + (verp.charAt(last) == '0' ? '1' : '0') + verp.substring(last + 1);
        deliver(dsn("bounces@" + DOMAIN, someone, "delivered", "2.0.0"));
        deliver(dsn(forged, new Recipient(someone.email(), new DeliveryRef(someone.delivery().deliveryId(),
                campaign + 1, someone.delivery().contactId(), Channel.EMAIL)), "failed", "5.1.1"));

        assertThat(mailbox.read(imapUrl())).isEqualTo(new BounceMailbox.Pass(0, 2));
        assertThat(suppressions.isSuppressed(Channel.EMAIL, someone.email())).isFalse();
    }
}
