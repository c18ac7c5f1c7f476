package org.rempart.delivery;

/** Event: no delivery of the campaign is pending any more (all sent, failed or cancelled). */
public record CampaignDispatched(long campaignId) {
}
