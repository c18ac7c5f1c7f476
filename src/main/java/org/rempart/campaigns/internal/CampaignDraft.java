package org.rempart.campaigns.internal;

import java.time.Instant;
import org.rempart.contacts.Channel;

/** What an operator writes: a new campaign, or the new content of one not yet sending. */
public record CampaignDraft(String name, Channel channel, String fromName, String fromAddress, String subject,
        String html, String text, String utmJson, String smsSender, Long segmentId, String filter,
        Instant scheduledAt) {
}
