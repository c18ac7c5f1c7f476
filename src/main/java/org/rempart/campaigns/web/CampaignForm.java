package org.rempart.campaigns.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.rempart.campaigns.internal.Campaign;
import org.rempart.campaigns.internal.CampaignDraft;
import org.rempart.campaigns.templates.Utm;
import org.rempart.contacts.Channel;
import org.rempart.platform.RequestRejectedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The campaign editor's fields, as typed: kept whole when the campaign is refused, so that the
 * page shows them again next to the reason. The audience is a saved segment's id, or blank for
 * every contact; the schedule is a local date and time in the operator's zone.
 */
record CampaignForm(String channel, String name, String fromName, String fromAddress, String subject, String html,
        String text, String sender, String audience, String utmSource, String utmMedium, String utmCampaign,
        String utmContent, String utmTerm, String scheduledAt) {

    static CampaignForm blank(Channel channel) {
        return new CampaignForm(channel.name(), "", "", "", "", "", "", "", "", "", "", "", "", "", "");
    }

    static CampaignForm of(Campaign c, ZoneId zone, JsonMapper json) {
        Utm utm = c.utmJson() == null ? Utm.NONE : json.readValue(c.utmJson(), Utm.class);
        String scheduled = c.scheduledAt() == null ? ""
                : LocalDateTime.ofInstant(c.scheduledAt(), zone).truncatedTo(ChronoUnit.MINUTES).toString();
        return new CampaignForm(c.channel().name(), c.name(), c.fromName(), c.fromAddress(), c.subject(), c.html(),
                c.text(), c.smsSender(), c.segmentId() == null ? "" : c.segmentId().toString(), utm.source(),
                utm.medium(), utm.campaign(), utm.content(), utm.term(), scheduled);
    }

    public boolean isSms() {
        return Channel.SMS.name().equals(channel);
    }

    /** What the campaign service checks; a 400 naming the field when a value cannot even be read. */
    CampaignDraft draft(ZoneId zone, JsonMapper json) {
        Channel parsed = parsedChannel();
        Utm utm = new Utm(utmSource, utmMedium, utmCampaign, utmContent, utmTerm);
        String utmJson = utm.equals(Utm.NONE) ? null : json.writeValueAsString(utm);
        Long segmentId = segmentId();
        String filter = "{}"; // as the API stores it: a saved segment's own filter is read when sending
        if (parsed == Channel.SMS) {
            return new CampaignDraft(name, parsed, null, null, null, null, text, utmJson, sender, segmentId, filter,
                    schedule(zone));
        }
        return new CampaignDraft(name, parsed, blankToNull(fromName), fromAddress, subject, html, blankToNull(text),
                utmJson, null, segmentId, filter, schedule(zone));
    }

    private Channel parsedChannel() {
        try {
            return Channel.valueOf(String.valueOf(channel).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RequestRejectedException.badRequest("Unknown channel: EMAIL or SMS");
        }
    }

    private Long segmentId() {
        if (audience == null || audience.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(audience.strip());
        } catch (NumberFormatException e) {
            throw RequestRejectedException.badRequest("The audience is a saved segment, or every contact");
        }
    }

    private Instant schedule(ZoneId zone) {
        if (scheduledAt == null || scheduledAt.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(scheduledAt.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw RequestRejectedException.badRequest("The schedule is not a date and time");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
