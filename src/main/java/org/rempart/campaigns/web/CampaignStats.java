package org.rempart.campaigns.web;

import java.util.List;
import org.rempart.delivery.Dispatch.HourlyCount;
import org.rempart.tracking.CampaignFeedback.HourlyFeedback;
import org.rempart.tracking.CampaignFeedback.LinkClicks;

/** A campaign's statistics over time, as its charts and integrations read them. */
record CampaignStats(List<HourlyCount> sentPerHour, List<HourlyFeedback> feedbackPerHour, List<LinkClicks> topLinks) {
}
