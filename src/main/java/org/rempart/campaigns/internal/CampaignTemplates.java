package org.rempart.campaigns.internal;

import org.rempart.campaigns.StopMention;
import org.rempart.campaigns.templates.EmailContent;
import org.rempart.campaigns.templates.EmailTemplate;
import org.rempart.campaigns.templates.RenderedEmail;
import org.rempart.campaigns.templates.Sender;
import org.rempart.campaigns.templates.SmsCheck;
import org.rempart.campaigns.templates.SmsTemplate;
import org.rempart.campaigns.templates.Utm;
import org.rempart.contacts.Channel;
import org.rempart.contacts.ContactAttributes;
import org.rempart.delivery.Mailbox;
import org.rempart.delivery.SmsSender;
import org.rempart.platform.RequestRejectedException;
import org.rempart.tracking.TrackingLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A campaign's templates compiled against the merge fields the base has: checked when saved (an
 * unknown field is a 400 then, not a blank in a sent message), prepared when sent, previewed.
 */
@Component
public class CampaignTemplates {

    private final ContactAttributes attributes;
    private final StopMention stopMention;
    private final TrackingLinks tracking;
    private final JsonMapper json;
    private final String postalAddress;

    CampaignTemplates(ContactAttributes attributes, StopMention stopMention, TrackingLinks tracking, JsonMapper json,
            @Value("${rempart.sender.postal-address:}") String postalAddress) {
        this.attributes = attributes;
        this.stopMention = stopMention;
        this.tracking = tracking;
        this.json = json;
        this.postalAddress = postalAddress;
    }

    /** Compiles the draft's templates, throwing the 400 that names what is wrong. */
    void check(CampaignDraft draft) {
        if (draft.channel() == Channel.EMAIL) {
            EmailTemplate.compile(new EmailContent(draft.subject(), draft.html(), draft.text()), attributes.names());
        } else {
            SmsTemplate.compile(draft.text(), attributes.names(), stopMention);
        }
        utm(draft.utmJson());
    }

    PreparedCampaign prepare(Campaign c) {
        if (c.channel() == Channel.EMAIL) {
            Mailbox from = new Mailbox(c.fromName(), c.fromAddress());
            return new PreparedCampaign.Email(EmailTemplate.compile(new EmailContent(c.subject(), c.html(), c.text()),
                    attributes.names()).prepare(utm(c.utmJson()), new Sender(from, postalAddress)), from);
        }
        return new PreparedCampaign.Sms(SmsTemplate.compile(c.text(), attributes.names(), stopMention)
                .prepare(utm(c.utmJson())), new SmsSender(c.smsSender()));
    }

    /** The email as a synthetic contact would get it. */
    public RenderedEmail previewEmail(CampaignDraft d) {
        return EmailTemplate.compile(new EmailContent(d.subject(), d.html(), d.text()), attributes.names())
                .prepare(utm(d.utmJson()), new Sender(new Mailbox(d.fromName(), d.fromAddress()), postalAddress))
                .preview();
    }

    /** Characters, encoding and segments of the SMS as a synthetic contact would get it. */
    public SmsCheck checkSms(String text) {
        return SmsTemplate.compile(text, attributes.names(), stopMention).check(tracking);
    }

    private Utm utm(String utmJson) {
        if (utmJson == null) {
            return Utm.NONE;
        }
        try {
            return json.readValue(utmJson, Utm.class);
        } catch (RuntimeException e) {
            throw RequestRejectedException.badRequest(
                    "utm must be an object with source, medium, campaign, content and term (all optional)");
        }
    }
}
