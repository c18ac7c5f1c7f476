package org.rempart.campaigns.web;

import java.time.Instant;
import java.util.Map;
import org.rempart.campaigns.internal.Campaign;
import org.rempart.delivery.DeliveryCounts;
import org.rempart.tracking.CampaignFeedback.FeedbackCounts;

/**
 * A campaign with its figures, as the API answers it; while its audience is being written, the
 * audience is what is written so far.
 */
record CampaignView(long id, String name, String channel, String status, String fromName, String fromAddress,
        String subject, String sender, Long segmentId, Instant scheduledAt, String pausedFor, Instant waitingUntil,
        Instant createdAt, Instant startedAt, Instant finishedAt, long audience, long excluded,
        Map<String, Long> excludedBy, long sent, long failed, long pending, long cancelled, long delivered,
        long undelivered, long segments, long opens, long uniqueOpens, long clicks, long uniqueClicks, long bounces,
        long softBounces, long unsubscribes, long complaints) {

    static CampaignView of(Campaign c, DeliveryCounts d, Instant waitingUntil, FeedbackCounts f) {
        long excluded = c.excluded().values().stream().mapToLong(Long::longValue).sum();
        return new CampaignView(c.id(), c.name(), c.channel().name(), c.status().name(), c.fromName(),
                c.fromAddress(), c.subject(), c.smsSender(), c.segmentId(), c.scheduledAt(), c.pausedFor(),
                waitingUntil, c.createdAt(), c.startedAt(), c.finishedAt(),
                c.audience() == null ? d.total() : c.audience(), excluded, c.excluded(), d.sent(), d.failed(),
                d.pending(), d.cancelled(), d.delivered(),
                d.undelivered(), d.segments(), f.opens(), f.uniqueOpens(), f.clicks(), f.uniqueClicks(), Math.max(f.bounces(), d.bounced()),
                f.softBounces(), f.unsubscribes(), f.complaints());
    }
}
