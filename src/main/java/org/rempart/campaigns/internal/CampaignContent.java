package org.rempart.campaigns.internal;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.rempart.contacts.Audiences;
import org.rempart.contacts.Channel;
import org.rempart.delivery.SmsSender;
import org.rempart.platform.RequestRejectedException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks what an operator wrote before it is stored: a clear 400 naming the field for anything a
 * send would trip over later.
 */
@Component
class CampaignContent {

    private final Audiences audiences;
    private final CampaignTemplates templates;
    private final PreparedCampaigns prepared;
    private final JsonMapper json;

    CampaignContent(Audiences audiences, CampaignTemplates templates, PreparedCampaigns prepared, JsonMapper json) {
        this.audiences = audiences;
        this.templates = templates;
        this.prepared = prepared;
        this.json = json;
    }

    CampaignDraft check(CampaignDraft draft) {
        require(draft.name() != null && !draft.name().isBlank(), "The name is missing");
        require(draft.name().strip().length() <= 200, "The name is longer than 200 characters");
        if (draft.segmentId() != null) {
            audiences.segmentFilter(draft.segmentId());
        } else {
            audiences.segment(json.readTree(draft.filter()));
        }
        if (draft.channel() == Channel.EMAIL) {
            checkEmail(draft);
        } else {
            checkSms(draft);
        }
        templates.check(draft);
        return new CampaignDraft(draft.name().strip(), draft.channel(), draft.fromName(), draft.fromAddress(),
                draft.subject(), draft.html(), draft.text(), draft.utmJson(), draft.smsSender(), draft.segmentId(),
                draft.filter(), draft.scheduledAt());
    }

    /** Readies a campaign's content for its first message (links registered for tracking). */
    void prepare(Campaign campaign) {
        prepared.register(campaign);
    }

    private void checkEmail(CampaignDraft draft) {
        require(draft.fromAddress() != null && !draft.fromAddress().isBlank(), "fromAddress is missing");
        try {
            new InternetAddress(draft.fromAddress().strip(), true).validate();
        } catch (AddressException e) {
            throw RequestRejectedException.badRequest("fromAddress is not a valid email address");
        }
        require(draft.fromName() == null || draft.fromName().length() <= 100, "fromName is longer than 100 characters");
        require(draft.subject() != null && !draft.subject().isBlank(), "The subject is missing");
        require(draft.html() != null && !draft.html().isBlank(), "The HTML body is missing");
        require(draft.smsSender() == null, "sender is for SMS campaigns; an email has fromAddress");
    }

    private void checkSms(CampaignDraft draft) {
        require(draft.smsSender() != null && !draft.smsSender().isBlank(), "The SMS sender is missing");
        try {
            new SmsSender(draft.smsSender().strip());
        } catch (IllegalArgumentException e) {
            throw RequestRejectedException.badRequest("sender: " + e.getMessage());
        }
        require(draft.text() != null && !draft.text().isBlank(), "The SMS text is missing");
        require(draft.html() == null && draft.subject() == null, "An SMS has a text only, no subject or HTML");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw RequestRejectedException.badRequest(message);
        }
    }
}
