package org.rempart.campaigns.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rempart.platform.RequestRejectedException;
import org.rempart.tracking.TrackingLinks;
import org.springframework.stereotype.Component;

/**
 * The compiled content of the campaigns this node is sending, built on first use and dropped
 * when the campaign is done; building it registers the campaign's links with tracking (idempotent,
 * so every node may do it).
 */
@Component
class PreparedCampaigns {

    private final CampaignRepository campaigns;
    private final CampaignTemplates templates;
    private final TrackingLinks tracking;
    private final Map<Long, PreparedCampaign> cache = new ConcurrentHashMap<>();

    PreparedCampaigns(CampaignRepository campaigns, CampaignTemplates templates, TrackingLinks tracking) {
        this.campaigns = campaigns;
        this.templates = templates;
        this.tracking = tracking;
    }

    PreparedCampaign of(long campaignId) {
        return cache.computeIfAbsent(campaignId, id -> register(campaigns.find(id)
                .orElseThrow(() -> RequestRejectedException.notFound("No such campaign: " + id))));
    }

    /**
     * Compiles a campaign and registers its links, without keeping it: what the start of a send
     * does in its transaction, so that a rolled-back start leaves nothing behind on this node.
     */
    PreparedCampaign register(Campaign campaign) {
        PreparedCampaign prepared = templates.prepare(campaign);
        tracking.registerLinks(campaign.id(), switch (prepared) {
            case PreparedCampaign.Email email -> email.template().links();
            case PreparedCampaign.Sms sms -> sms.template().links();
        });
        return prepared;
    }

    void forget(long campaignId) {
        cache.remove(campaignId);
    }
}
