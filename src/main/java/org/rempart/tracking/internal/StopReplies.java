package org.rempart.tracking.internal;

import java.util.List;
import org.rempart.audit.Actor;
import org.rempart.audit.AuditLog;
import org.rempart.audit.AuditRecord;
import org.rempart.audit.ContactIds;
import org.rempart.audit.Outcome;
import org.rempart.audit.RequestOrigin;
import org.rempart.contacts.Channel;
import org.rempart.contacts.Consents;
import org.rempart.contacts.SuppressionList;
import org.rempart.delivery.SmsStopReply;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A STOP reply: every contact at that mobile number (by blind index) withdraws SMS consent and
 * the number is suppressed. The audit entry names the contacts, never the number. A failure
 * propagates to the SMPP gateway, which then asks the SMSC to deliver the reply again.
 */
@Component
class StopReplies {

    private final Consents consents;
    private final SuppressionList suppressions;
    private final AuditLog audit;

    StopReplies(Consents consents, SuppressionList suppressions, AuditLog audit) {
        this.consents = consents;
        this.suppressions = suppressions;
        this.audit = audit;
    }

    @EventListener
    @Transactional
    void on(SmsStopReply reply) {
        List<Long> contacts = consents.contactsAt(Channel.SMS, reply.number());
        for (long contact : contacts) {
            consents.withdraw(contact, Channel.SMS, Consents.Withdrawal.STOP_REPLY, "sms reply " + reply.receivedAt());
            suppressions.suppress(contact, Channel.SMS, SuppressionList.Reason.UNSUBSCRIBED);
        }
        audit.append(new AuditRecord(new Actor.SystemJob("sms replies"), "tracking.stop-reply", null, null, null,
                ContactIds.of(contacts), RequestOrigin.NONE, Outcome.SUCCESS, contacts.isEmpty()
                        ? "STOP from a number of no contact" : "SMS consent withdrawn, number suppressed"));
    }
}
