package org.rempart.campaigns.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts scheduled campaigns when their time comes, writing the audience then. On several
 * nodes, the conditional status change lets exactly one of them start each campaign.
 */
@Component
class ScheduledCampaigns {

    private static final Logger log = LoggerFactory.getLogger(ScheduledCampaigns.class);

    private final CampaignRepository campaigns;
    private final CampaignService service;
    private final Clock clock;

    ScheduledCampaigns(CampaignRepository campaigns, CampaignService service, Clock clock) {
        this.campaigns = campaigns;
        this.service = service;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${rempart.campaigns.schedule-check:10s}")
    void startDue() {
        for (long id : campaigns.due(clock.instant())) {
            try {
                service.begin(id);
            } catch (RuntimeException e) {
                log.error("Scheduled campaign {} could not start: {}", id, e.getClass().getSimpleName());
            }
        }
    }
}
