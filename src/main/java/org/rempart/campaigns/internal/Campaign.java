package org.rempart.campaigns.internal;

import java.time.Instant;
import java.util.Map;
import org.rempart.contacts.Channel;

/**
 * A campaign as stored: its content (templates, not personal data), audience and state.
 *
 * @param text the email's text body (null: generated from the HTML), or the SMS text
 * @param filter the audience filter (JSON), copied from the segment when one was chosen
 * @param audience how many deliveries the audience made, once it is complete
 * @param excluded whom the audience left out, by reason
 */
public record Campaign(long id, String name, Channel channel, CampaignStatus status, String fromName,
        String fromAddress, String subject, String html, String text, String utmJson, String smsSender,
        Long segmentId, String filter, Instant scheduledAt, Long audience, Map<String, Long> excluded,
        String pausedFor, Long createdBy, Instant createdAt, Instant updatedAt, Instant startedAt,
        Instant finishedAt) {

    public Campaign {
        excluded = excluded == null ? Map.of() : Map.copyOf(excluded);
    }

    /** Its content and audience as an operator wrote them. */
    public CampaignDraft draft() {
        return new CampaignDraft(name, channel, fromName, fromAddress, subject, html, text, utmJson, smsSender,
                segmentId, filter, scheduledAt);
    }
}
