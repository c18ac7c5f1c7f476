package org.rempart.tracking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rempart.StorageTest;
import org.rempart.contacts.Channel;
import org.rempart.contacts.SuppressionList;
import org.rempart.delivery.DeliveryRef;
import org.rempart.tracking.TrackedDeliveries;
import org.rempart.tracking.TrackingLinks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * With {@code REMPART_BOUNCE_IMAP_URL} set, Rempart reads the bounce mailbox on its own every
 * {@code REMPART_BOUNCE_POLL_INTERVAL}: a mail left there for a delivery's unsubscribe address
 * unsubscribes its recipient without anyone asking, and is deleted.
 */
@StorageTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "rempart.bounce.poll-interval=200ms")
// Closed after the class, and with it the poller: it would go on reading a mailbox that is gone.
@DirtiesContext
class BounceMailboxPollingTest {

    private static final String DOMAIN = "news.example.fr";
    static final GreenMail IMAP = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
    static final GreenMailUser INBOX;

    static {
        IMAP.start();
        INBOX = IMAP.setUser("polled@" + DOMAIN, "polled", "s3cret-polled");
    }

    @DynamicPropertySource
    static void mailbox(DynamicPropertyRegistry registry) {
        registry.add("rempart.bounce.imap-url",
                () -> "imap://polled:s3cret-polled@127.0.0.1:" + IMAP.getImap().getPort() + "/INBOX");
    }

    @AfterAll
    static void stop() {
        IMAP.stop();
    }

    @Autowired
    TrackingLinks links;
    @Autowired
    SuppressionList suppressions;
    @Autowired
    TrackedDeliveries deliveries;

    @Test
    void theMailboxIsReadOnItsOwnAndWhatItHeldIsAppliedThenDeleted(CapturedOutput output) throws Exception {
        String email = TrackedDeliveries.email();
        DeliveryRef delivery = deliveries.delivery(TrackedDeliveries.unique(), deliveries.contact(email, null),
                Channel.EMAIL);
        String mailto = links.unsubscribeLinks(delivery.deliveryId(), DOMAIN).mailto();
        var message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(email));
        message.setRecipient(Message.RecipientType.TO,
                new InternetAddress(mailto.substring("mailto:".length(), mailto.indexOf('?'))));
        message.setSubject("unsubscribe");
        message.setText("unsubscribe");
        INBOX.deliver(message);

        await(() -> suppressions.isSuppressed(Channel.EMAIL, email));
        await(() -> IMAP.getReceivedMessages().length == 0);

        assertThat(deliveries.consent(delivery.contactId(), Channel.EMAIL)).isEqualTo("NO");
        assertThat(output.getAll()).doesNotContain(email).doesNotContain("s3cret-polled");
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited for the mailbox to be read").isBefore(until);
            Thread.sleep(100);
        }
    }
}
