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

    /** What a campaign's recipients did in one hour: bounces are the hard ones, as in its totals. */
    record HourlyFeedback(Instant hour, long opens, long clicks, long bounces, long unsubscribes, long complaints) {
    }

    record LinkClicks(String url, long clicks, long uniqueClicks) {
    }
}
