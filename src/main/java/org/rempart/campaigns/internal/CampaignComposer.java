package org.rempart.campaigns.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rempart.campaigns.SmsSendingHours;
import org.rempart.campaigns.templates.MergeValues;
import org.rempart.contacts.ContactAttributes;
import org.rempart.delivery.CampaignDispatched;
import org.rempart.delivery.ComposedMessage;
import org.rempart.delivery.MessageComposer;
import org.rempart.delivery.OutgoingEmail;
import org.rempart.delivery.OutgoingSms;
import org.rempart.delivery.Recipient;
import org.rempart.delivery.SmsText;
import org.rempart.tracking.TrackingLinks;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders a claimed batch for its campaign: merge values from the revealed names and the
 * contacts' attributes, tracked links, and for SMS the recipient's legal sending hours.
 */
@Component
class CampaignComposer implements MessageComposer {

    private final PreparedCampaigns prepared;
    private final ContactAttributes attributes;
    private final TrackingLinks tracking;
    private final SmsSendingHours hours;
    private final Clock clock;

    CampaignComposer(PreparedCampaigns prepared, ContactAttributes attributes, TrackingLinks tracking,
            SmsSendingHours hours, Clock clock) {
        this.prepared = prepared;
        this.attributes = attributes;
        this.tracking = tracking;
        this.hours = hours;
        this.clock = clock;
    }

    @Override
    public Composition open(long campaignId, List<Recipient> recipients) {
        PreparedCampaign campaign = prepared.of(campaignId);
        Map<Long, Map<String, String>> attributesById = attributes.of(recipients.stream()
                .map(Recipient::contactId).toList());
        return group -> {
            Instant now = clock.instant();
            List<ComposedMessage> messages = new ArrayList<>(group.size());
            for (Recipient r : group) {
                MergeValues values = MergeValues.of(r.identity(), attributesById.getOrDefault(r.contactId(), Map.of()));
                messages.add(switch (campaign) {
                    case PreparedCampaign.Email email -> email(campaignId, email, r, values);
                    case PreparedCampaign.Sms sms -> sms(sms, r, values, now);
                });
            }
            return messages;
        };
    }

    private ComposedMessage email(long campaignId, PreparedCampaign.Email campaign, Recipient r, MergeValues values) {
        String to = r.identity().email();
        if (to == null) {
            return new ComposedMessage.Unsendable(r.deliveryId(), "no email address");
        }
        var from = campaign.from();
        var rendered = campaign.template().render(r.deliveryId(), values, tracking);
        return new ComposedMessage.Email(new OutgoingEmail(r.deliveryId(),
                r.messageId(campaignId, from.domain()).value(), from, to, rendered.subject(), rendered.html(),
                rendered.text(), rendered.unsubscribe().url(), rendered.unsubscribe().mailto(),
                tracking.bounceAddress(r.deliveryId(), from.domain())));
    }

    private ComposedMessage sms(PreparedCampaign.Sms campaign, Recipient r, MergeValues values, Instant now) {
        String number = r.identity().mobile();
        if (number == null) {
            return new ComposedMessage.Unsendable(r.deliveryId(), "no mobile number");
        }
        try {
            Instant opening = hours.nextOpening(now, number);
            if (opening.isAfter(now)) {
                return new ComposedMessage.Deferred(r.deliveryId(), opening);
            }
            SmsText text = campaign.template().render(r.deliveryId(), values, tracking);
            return new ComposedMessage.Sms(r.deliveryId(), new OutgoingSms(campaign.sender(), number, text));
        } catch (IllegalArgumentException e) {
            // A stored number the sending hours or the SMSC cannot take; the message names no value.
            return new ComposedMessage.Unsendable(r.deliveryId(), "mobile number not usable");
        }
    }

    @EventListener
    void on(CampaignDispatched event) {
        prepared.forget(event.campaignId());
    }
}
