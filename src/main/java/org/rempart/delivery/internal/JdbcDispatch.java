package org.rempart.delivery.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.rempart.contacts.Audiences;
import org.rempart.contacts.Channel;
import org.rempart.contacts.SqlFilter;
import org.rempart.delivery.AudienceSnapshot;
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

    /** The window of the frequency cap. */
    static final Duration CAP_WINDOW = Duration.ofDays(7);

    private final DeliveryRepository deliveries;
    private final Audiences audiences;
    private final DispatchSignal signal;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcDispatch(DeliveryRepository deliveries, Audiences audiences, DispatchSignal signal,
            ApplicationEventPublisher events, Clock clock) {
        this.deliveries = deliveries;
        this.audiences = audiences;
        this.signal = signal;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public AudienceSnapshot snapshot(long campaignId, Channel channel, JsonNode filter, int frequencyCap) {
        if (frequencyCap < 1) {
            throw new IllegalArgumentException("The frequency cap must be at least 1");
        }
        Instant now = clock.instant();
        SqlFilter audience = audiences.audience(filter, channel);
        // The counts read contacts only, each on a connection of its own while the insert runs: as
        // statements of their own, they never did see the insert's snapshot of the contacts.
        var countThreads = Thread.ofPlatform().name("snapshot-count-", 0).factory();
        try (var beside = Executors.newThreadPerTaskExecutor(countThreads)) {
            Future<Long> eligible = beside.submit(() -> deliveries.count(audience));
            Future<Map<String, Long>> exclusions = beside.submit(() -> audiences.exclusions(filter, channel));
            int inserted = deliveries.snapshot(campaignId, channel, audience, frequencyCap, now.minus(CAP_WINDOW), now);
            Map<String, Long> excluded = new HashMap<>(resultOf(exclusions));
            excluded.put("FREQUENCY_CAP", Math.max(0, resultOf(eligible) - inserted));
            // Last, as it locks the table against other refreshes until the send commits: the workers'
            // first range cuts read the new rows in order only once the planner knows of them.
            deliveries.refreshStatisticsIfGrown(inserted);
            return new AudienceSnapshot(inserted, excluded);
        }
    }

    private static <T> T resultOf(Future<T> count) {
        try {
            return count.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while counting the audience", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    @Override
    @Transactional
    public void start(long campaignId, Channel channel, Instant notBefore) {
        deliveries.upsertDispatch(campaignId, channel, notBefore, clock.instant());
        finishIfDone(campaignId);
        signal.wakeAfterCommit();
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
