package org.rempart.tracking;

import java.time.Instant;
import java.util.List;

/** What came back from a campaign's recipients: the figures of its statistics page and API. */
public interface CampaignFeedback {

    FeedbackCounts counts(long campaignId);

    /** Opens and clicks per hour, oldest first. */
    List<HourlyFeedback> perHour(long campaignId);

    /** The campaign's links by clicks, most clicked first. */
    List<LinkClicks> topLinks(long campaignId, int limit);

    record FeedbackCounts(long opens, long uniqueOpens, long clicks, long uniqueClicks, long bounces,
            long softBounces, long unsubscribes, long complaints) {
    }

    record HourlyFeedback(Instant hour, long opens, long clicks) {
    }

    record LinkClicks(String url, long clicks, long uniqueClicks) {
    }
}
