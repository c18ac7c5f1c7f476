package org.rempart.campaigns.internal;

import org.rempart.campaigns.templates.PreparedEmail;
import org.rempart.campaigns.templates.PreparedSms;
import org.rempart.delivery.Mailbox;
import org.rempart.delivery.SmsSender;

/** A campaign's content compiled once, rendered for each recipient. */
sealed interface PreparedCampaign {

    record Email(PreparedEmail template, Mailbox from) implements PreparedCampaign {
    }

    record Sms(PreparedSms template, SmsSender sender) implements PreparedCampaign {
    }
}
