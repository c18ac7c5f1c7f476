package org.rempart.campaigns.web;

import org.rempart.campaigns.internal.Campaign;
import org.rempart.delivery.Dispatch;
import org.rempart.tracking.CampaignFeedback;
import org.springframework.stereotype.Component;

/** A campaign's figures from the engine and from tracking, for its pages and the API. */
@Component
class CampaignFigures {

    static final int TOP_LINKS = 10;

    private final Dispatch dispatch;
    private final CampaignFeedback feedback;

    CampaignFigures(Dispatch dispatch, CampaignFeedback feedback) {
        this.dispatch = dispatch;
        this.feedback = feedback;
    }

    CampaignView view(Campaign campaign) {
        return CampaignView.of(campaign, dispatch.counts(campaign.id()),
                dispatch.waitingUntil(campaign.id()).orElse(null), feedback.counts(campaign.id()));
    }

    CampaignStats stats(long campaignId) {
        return new CampaignStats(dispatch.sentPerHour(campaignId), feedback.perHour(campaignId),
                feedback.topLinks(campaignId, TOP_LINKS));
    }
}
