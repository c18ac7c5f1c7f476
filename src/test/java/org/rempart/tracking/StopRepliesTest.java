package org.rempart.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rempart.StorageTest;
import org.rempart.contacts.Channel;
import org.rempart.contacts.SuppressionList;
import org.rempart.delivery.DeliveryBounced;
import org.rempart.delivery.SmsStopReply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the delivery module reports as events: STOP replies from the SMSC and refusals at send time. */
@StorageTest
@ExtendWith(OutputCaptureExtension.class)
class StopRepliesTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    SuppressionList suppressions;
    @Autowired
    CampaignFeedback feedback;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TrackedDeliveries deliveries;

    @Test
    void aStopReplyWithdrawsSmsConsentAndSuppressesTheNumberAuditedWithoutIt(CapturedOutput output) throws Exception {
        String mobile = TrackedDeliveries.mobile();
        long contact = deliveries.contact(TrackedDeliveries.email(), mobile);
        long bystander = deliveries.contact(TrackedDeliveries.email(), TrackedDeliveries.mobile());

        events.publishEvent(new SmsStopReply(mobile, Instant.now()));
        events.publishEvent(new SmsStopReply(mobile, Instant.now()));

        assertThat(deliveries.consent(contact, Channel.SMS)).isEqualTo("NO");
        assertThat(deliveries.consent(contact, Channel.EMAIL)).isEqualTo("YES");
        assertThat(deliveries.consent(bystander, Channel.SMS)).isEqualTo("YES");
        assertThat(suppressions.isSuppressed(Channel.SMS, mobile)).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM consent_event WHERE contact_id = ? AND channel = 'SMS' AND source = 'STOP_REPLY'")
                .param(contact).query(Long.class).single()).isEqualTo(1);
        var audited = deliveries.auditDetails("tracking.stop-reply", contact);
        assertThat(audited).hasSize(2).allSatisfy(detail -> assertThat(detail).doesNotContain(mobile.substring(3)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE detail LIKE ? OR reason LIKE ?")
                .params("%" + mobile.substring(3) + "%", "%" + mobile.substring(3) + "%").query(Long.class).single())
                .isZero();
        assertThat(output.getAll()).doesNotContain(mobile.substring(3));
    }

    @Test
    void aRefusalAtSendTimeIsAHardBounceThatSuppressesTheAddress() throws Exception {
        String email = TrackedDeliveries.email();
        long campaign = TrackedDeliveries.unique();
        var delivery = deliveries.delivery(campaign, deliveries.contact(email, null), Channel.EMAIL);

        events.publishEvent(new DeliveryBounced(delivery, "550 5.1.1 <" + email + ">: no such user"));

        assertThat(feedback.counts(campaign).bounces()).isEqualTo(1);
        assertThat(suppressions.isSuppressed(Channel.EMAIL, email)).isTrue();
        assertThat(deliveries.auditDetails("tracking.bounce", delivery.contactId())).singleElement()
                .satisfies(detail -> assertThat(detail).contains("status 550 5.1.1").doesNotContain(email));
    }
}
