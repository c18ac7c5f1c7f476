package org.rempart.campaigns.web;

import java.time.Instant;
import org.rempart.campaigns.internal.CampaignDraft;
import org.rempart.contacts.Channel;
import org.rempart.platform.RequestRejectedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A campaign as the API takes it: email ({@code fromName}, {@code fromAddress}, {@code subject},
 * {@code html}, optional {@code text} and {@code utm}) or SMS ({@code sender}, {@code text}); the
 * audience is a saved segment ({@code segmentId}) or a filter ({@code {}} = every contact).
 */
record CampaignBody(String name, String channel, String fromName, String fromAddress, String subject, String html,
        String text, JsonNode utm, String sender, Long segmentId, JsonNode filter, Instant scheduledAt) {

    CampaignDraft draft(JsonMapper json) {
        Channel parsed = parsedChannel();
        if (segmentId != null && filter != null) {
            throw RequestRejectedException.badRequest("Give either segmentId or filter, not both");
        }
        if (segmentId == null && filter == null) {
            throw RequestRejectedException.badRequest("The audience is missing: give segmentId, or filter ({} for every contact)");
        }
        String utmJson = utm == null || utm.isNull() ? null : json.writeValueAsString(utm);
        String filterJson = filter == null ? "{}" : json.writeValueAsString(filter);
        return new CampaignDraft(name, parsed, fromName, fromAddress, subject, html, text, utmJson, sender, segmentId,
                filterJson, scheduledAt);
    }

    private Channel parsedChannel() {
        if (channel == null) {
            throw RequestRejectedException.badRequest("The channel is missing: EMAIL or SMS");
        }
        try {
            return Channel.valueOf(channel.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RequestRejectedException.badRequest("Unknown channel: EMAIL or SMS");
        }
    }
}
