package org.rempart.tracking.internal;

import java.util.List;
import org.rempart.tracking.CampaignFeedback;
import org.springframework.stereotype.Service;

@Service
class JdbcCampaignFeedback implements CampaignFeedback {

    private final TrackingRepository repository;

    JdbcCampaignFeedback(TrackingRepository repository) {
        this.repository = repository;
    }

    @Override
    public FeedbackCounts counts(long campaignId) {
        return repository.counts(campaignId);
    }

    @Override
    public List<HourlyFeedback> perHour(long campaignId) {
        return repository.perHour(campaignId);
    }

    @Override
    public List<LinkClicks> topLinks(long campaignId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return repository.topLinks(campaignId, limit);
    }
}
