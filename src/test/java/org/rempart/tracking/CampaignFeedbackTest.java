package org.rempart.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rempart.StorageTest;
import org.rempart.audit.Actor;
import org.rempart.contacts.Channel;
import org.rempart.delivery.DeliveryRef;
import org.rempart.tracking.CampaignFeedback.FeedbackCounts;
import org.rempart.tracking.CampaignFeedback.HourlyFeedback;
import org.rempart.tracking.CampaignFeedback.LinkClicks;
import org.rempart.tracking.internal.Feedback;
import org.rempart.tracking.internal.FeedbackRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A campaign's figures from its events, on H2 and on PostgreSQL. */
@StorageTest
class CampaignFeedbackTest {

    private static final Instant NINE = Instant.parse("2026-11-30T09:00:00Z");
    private static final Actor SYSTEM = new Actor.SystemJob("test");

    @Autowired
    CampaignFeedback feedback;
    @Autowired
    FeedbackRecorder recorder;
    @Autowired
    TrackingLinks links;
    @Autowired
    TrackedDeliveries deliveries;

    private void record(DeliveryRef delivery, Feedback what, String afterNine) {
        recorder.record(delivery, what, NINE.plus(Duration.parse(afterNine)), SYSTEM);
    }

    @Test
    void countsUniqueCountsHoursAndTopLinks() throws Exception {
        long campaign = TrackedDeliveries.unique();
        long otherCampaign = TrackedDeliveries.unique();
        links.registerLinks(campaign, List.of("https://a.example.com/", "https://b.example.com/", "https://c.example.com/"));
        DeliveryRef ann = deliveries.delivery(campaign, deliveries.contact(TrackedDeliveries.email(), null), Channel.EMAIL);
        DeliveryRef bob = deliveries.delivery(campaign, deliveries.contact(TrackedDeliveries.email(), null), Channel.EMAIL);
        DeliveryRef cid = deliveries.delivery(campaign, deliveries.contact(TrackedDeliveries.email(), null), Channel.EMAIL);
        DeliveryRef elsewhere = deliveries.delivery(otherCampaign, ann.contactId(), Channel.EMAIL);

        record(ann, new Feedback.Open(), "PT1M");
        record(ann, new Feedback.Open(), "PT59M59S");
        record(bob, new Feedback.Open(), "PT2H5M");
        record(ann, new Feedback.Click(1), "PT3M");
        record(ann, new Feedback.Click(1), "PT4M");
        record(bob, new Feedback.Click(1), "PT2H6M");
        record(bob, new Feedback.Click(2), "PT2H7M");
        record(cid, new Feedback.SoftBounce("4.2.2"), "PT0S");
        record(cid, new Feedback.SoftBounce("4.2.2"), "PT1H");
        record(cid, new Feedback.HardBounce("5.1.1"), "PT2H");
        record(bob, new Feedback.Unsubscribe(), "PT2H8M");
        record(bob, new Feedback.Unsubscribe(), "PT2H9M");
        record(ann, new Feedback.Complaint(), "PT3H");
        record(elsewhere, new Feedback.Open(), "PT1M");

        assertThat(feedback.counts(campaign)).isEqualTo(new FeedbackCounts(3, 2, 4, 2, 1, 1, 1, 1));
        assertThat(feedback.perHour(campaign)).containsExactly(
                new HourlyFeedback(NINE, 2, 2, 0, 0, 0),
                new HourlyFeedback(Instant.parse("2026-11-30T11:00:00Z"), 1, 2, 1, 1, 0),
                new HourlyFeedback(Instant.parse("2026-11-30T12:00:00Z"), 0, 0, 0, 0, 1));
        assertThat(feedback.topLinks(campaign, 2)).containsExactly(
                new LinkClicks("https://b.example.com/", 3, 2),
                new LinkClicks("https://c.example.com/", 1, 1));
        assertThat(feedback.counts(otherCampaign)).isEqualTo(new FeedbackCounts(1, 1, 0, 0, 0, 0, 0, 0));
        assertThat(feedback.counts(TrackedDeliveries.unique())).isEqualTo(new FeedbackCounts(0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void registeringTheSameLinksAgainIsHarmlessAndOtherLinksAreRefused() {
        long campaign = TrackedDeliveries.unique();
        List<String> urls = List.of("https://a.example.com/", "http://b.example.com/x?y=1");
        links.registerLinks(campaign, urls);
        links.registerLinks(campaign, urls);

        assertThatThrownBy(() -> links.registerLinks(campaign, List.of("https://c.example.com/")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> links.registerLinks(TrackedDeliveries.unique(),
                List.of("javascript:alert(1)"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(feedback.topLinks(campaign, 10)).extracting(LinkClicks::url).containsExactlyElementsOf(urls);
    }
}
