package org.rempart.tracking.internal;

import java.time.Instant;
import org.rempart.audit.Actor;
import org.rempart.audit.AuditLog;
import org.rempart.audit.AuditRecord;
import org.rempart.audit.ContactIds;
import org.rempart.audit.Outcome;
import org.rempart.audit.RequestOrigin;
import org.rempart.contacts.Consents;
import org.rempart.contacts.Engagements;
import org.rempart.contacts.SuppressionList;
import org.rempart.delivery.DeliveryRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies feedback to a delivery: the event for the statistics, and its consequences for the
 * contact. Opens and clicks make the contact engaged; an unsubscribe withdraws consent and
 * suppresses the address; a hard bounce suppresses it; a complaint does both. Those three are
 * applied and audited once per delivery, however often they are reported.
 */
@Service
public class FeedbackRecorder {

    private final TrackingRepository repository;
    private final Engagements engagements;
    private final Consents consents;
    private final SuppressionList suppressions;
    private final AuditLog audit;

    FeedbackRecorder(TrackingRepository repository, Engagements engagements, Consents consents,
            SuppressionList suppressions, AuditLog audit) {
        this.repository = repository;
        this.engagements = engagements;
        this.consents = consents;
        this.suppressions = suppressions;
        this.audit = audit;
    }

    /**
     * @param by who reported it: {@link Actor.Anonymous} for a recipient's request (recorded without
     *     its IP address, which is the recipient's personal data), a system job otherwise
     * @return whether this was new (always true for opens and clicks)
     */
    @Transactional
    public boolean record(DeliveryRef delivery, Feedback feedback, Instant at, Actor by) {
        boolean fresh = repository.record(new TrackingEvent(delivery, kindOf(feedback),
                feedback instanceof Feedback.Click click ? click.linkIndex() : null, at));
        if (!fresh) {
            return false;
        }
        long contact = delivery.contactId();
        String reference = "delivery " + delivery.deliveryId();
        switch (feedback) {
            case Feedback.Open open -> engagements.record(contact, delivery.channel(), Engagements.Kind.OPEN, at);
            case Feedback.Click click -> engagements.record(contact, delivery.channel(), Engagements.Kind.CLICK, at);
            case Feedback.SoftBounce soft -> {
            }
            case Feedback.Unsubscribe unsubscribe -> {
                consents.withdraw(contact, delivery.channel(), Consents.Withdrawal.UNSUBSCRIBE, reference);
                suppressions.suppress(contact, delivery.channel(), SuppressionList.Reason.UNSUBSCRIBED);
                audit(by, "tracking.unsubscribe", delivery, "consent withdrawn, address suppressed");
            }
            case Feedback.HardBounce hard -> {
                suppressions.suppress(contact, delivery.channel(), SuppressionList.Reason.BOUNCED);
                audit(by, "tracking.bounce", delivery, "status " + hard.status() + ", address suppressed");
            }
            case Feedback.Complaint complaint -> {
                consents.withdraw(contact, delivery.channel(), Consents.Withdrawal.COMPLAINT, reference);
                suppressions.suppress(contact, delivery.channel(), SuppressionList.Reason.COMPLAINED);
                audit(by, "tracking.complaint", delivery, "consent withdrawn, address suppressed");
            }
        }
        return true;
    }

    private static FeedbackKind kindOf(Feedback feedback) {
        return switch (feedback) {
            case Feedback.Open open -> FeedbackKind.OPEN;
            case Feedback.Click click -> FeedbackKind.CLICK;
            case Feedback.Unsubscribe unsubscribe -> FeedbackKind.UNSUBSCRIBE;
            case Feedback.HardBounce hard -> FeedbackKind.BOUNCE;
            case Feedback.SoftBounce soft -> FeedbackKind.SOFT_BOUNCE;
            case Feedback.Complaint complaint -> FeedbackKind.COMPLAINT;
        };
    }

    private void audit(Actor by, String action, DeliveryRef delivery, String detail) {
        audit.append(new AuditRecord(by, action, null, null, null, ContactIds.of(delivery.contactId()),
                RequestOrigin.NONE, Outcome.SUCCESS, delivery.channel() + " delivery " + delivery.deliveryId()
                        + " of campaign " + delivery.campaignId() + ": " + detail));
    }
}
