package org.rempart.delivery.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rempart.contacts.Channel;
import org.rempart.delivery.CampaignDispatched;
import org.rempart.delivery.DeliveryCounts;
import org.rempart.delivery.DeliveryRef;
import org.rempart.delivery.Dispatch;
import org.rempart.delivery.MessageId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** The engine's state as campaigns and tracking drive and read it. */
@Service
class JdbcDispatch implements Dispatch {

    private final DeliveryRepository deliveries;
    private final AudienceWriter writer;
    private final DispatchSignal signal;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcDispatch(DeliveryRepository deliveries, AudienceWriter writer, DispatchSignal signal,
            ApplicationEventPublisher events, Clock clock) {
        this.deliveries = deliveries;
        this.writer = writer;
        this.signal = signal;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void start(long campaignId, Channel channel, JsonNode filter, int frequencyCap, Instant notBefore) {
        if (frequencyCap < 1) {
            throw new IllegalArgumentException("The frequency cap must be at least 1");
        }
        deliveries.upsertDispatch(campaignId, channel, notBefore, clock.instant());
        writer.begin(campaignId, filter, frequencyCap);
    }

    @Override
    public void writeAudience(long campaignId) {
        writer.write(campaignId);
        finishIfDone(campaignId);
    }

    /** Writes, each on a thread of its own, the audiences whose writer stopped before the end. */
    void resumeAbandonedAudiences() {
        for (long campaignId : writer.takeOverAbandoned()) {
            Thread.ofVirtual().name("audience-writer-" + campaignId).start(() -> writeAudience(campaignId));
        }
    }

    @Override
    public void pause(long campaignId) {
        deliveries.transition(campaignId, "ACTIVE", "PAUSED", null, clock.instant());
    }

    @Override
    public void resume(long campaignId) {
        deliveries.transition(campaignId, "PAUSED", "ACTIVE", null, clock.instant());
        signal.wakeAfterCommit();
    }

    @Override
    @Transactional
    public void cancel(long campaignId) {
        Instant now = clock.instant();
        if (deliveries.transition(campaignId, "ACTIVE", "CANCELLED", null, now)
                || deliveries.transition(campaignId, "PAUSED", "CANCELLED", null, now)) {
            deliveries.cancelPending(campaignId, now);
        }
    }

    @Override
    public DeliveryCounts counts(long campaignId) {
        return deliveries.counts(campaignId);
    }

    @Override
    public Optional<Instant> waitingUntil(long campaignId) {
        Instant now = clock.instant();
        return deliveries.nextAttempt(campaignId).filter(at -> at.isAfter(now));
    }

    @Override
    public List<HourlyCount> sentPerHour(long campaignId) {
        return deliveries.sentPerHour(campaignId);
    }

    @Override
    public Optional<DeliveryRef> delivery(long deliveryId) {
        return deliveries.ref(deliveryId);
    }

    @Override
    public Optional<DeliveryRef> deliveryByMessageId(String messageId) {
        return MessageId.parse(messageId)
                .flatMap(id -> deliveries.ref(id.deliveryId()).filter(ref -> ref.campaignId() == id.campaignId()));
    }

    /**
     * Marks the campaign dispatched when nothing is pending any more; only the node whose update
     * wins publishes the event.
     */
    void finishIfDone(long campaignId) {
        if (!deliveries.anyPending(campaignId)
                && deliveries.transition(campaignId, "ACTIVE", "DONE", null, clock.instant())) {
            events.publishEvent(new CampaignDispatched(campaignId));
        }
    }
}
