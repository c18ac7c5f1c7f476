package org.rempart.delivery.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.rempart.contacts.Channel;
import org.rempart.delivery.ComposedMessage;
import org.rempart.delivery.DeliveryBounced;
import org.rempart.delivery.DeliveryRef;
import org.rempart.delivery.DispatchHalted;
import org.rempart.delivery.MessageComposer;
import org.rempart.delivery.Recipient;
import org.rempart.delivery.internal.DeliveryResult.Failed;
import org.rempart.vault.AccessPurpose;
import org.rempart.vault.RevealedIdentities;
import org.rempart.vault.Vault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One worker's round: claim a range of a sendable campaign's deliveries under lease (the batch),
 * reveal its recipients (one audit record for the batch), compose, send, write the results in
 * batch statements, and give the range back.
 */
final class BatchProcessor {

    private static final Logger log = LoggerFactory.getLogger(BatchProcessor.class);

    private final DeliveryRepository deliveries;
    private final SentRecords sentRecords;
    private final TransactionTemplate transactions;
    private final Vault vault;
    private final MessageComposer composer;
    private final JdbcDispatch dispatch;
    private final RetryPolicy retries;
    private final DispatchSettings settings;
    private final String node;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AtomicInteger turn = new AtomicInteger();
    private final AtomicLong claims = new AtomicLong();

    BatchProcessor(DeliveryRepository deliveries, SentRecords sentRecords, TransactionTemplate transactions,
            Vault vault, MessageComposer composer, JdbcDispatch dispatch, RetryPolicy retries,
            DispatchSettings settings, String node, ApplicationEventPublisher events, Clock clock) {
        this.deliveries = deliveries;
        this.sentRecords = sentRecords;
        this.transactions = transactions;
        this.vault = vault;
        this.composer = composer;
        this.dispatch = dispatch;
        this.retries = retries;
        this.settings = settings;
        this.node = node;
        this.events = events;
        this.clock = clock;
    }

    /** Works on one range of the channel; false when there was nothing to do. */
    boolean processOne(ChannelSender sender) throws InterruptedException {
        List<Long> campaigns = deliveries.sendable(sender.channel(), clock.instant());
        int start = Math.floorMod(turn.getAndIncrement(), Math.max(1, campaigns.size()));
        for (int i = 0; i < campaigns.size(); i++) {
            long campaignId = campaigns.get((start + i) % campaigns.size());
            Optional<ClaimedRange> range = claim(campaignId);
            if (range.isPresent()) {
                process(range.get(), sender);
                return true;
            }
            dispatch.finishIfDone(campaignId);
        }
        return false;
    }

    private Optional<ClaimedRange> claim(long campaignId) {
        Instant now = clock.instant();
        String owner = node + "/" + claims.incrementAndGet();
        return transactions.execute(tx -> deliveries.claim(campaignId, settings.batchSize(), owner, now,
                now.plus(settings.lease())));
    }

    /** Cancels what the ranges of cancelled campaigns still hold: ranges in flight at the cancel, or a dead node's. */
    void sweepCancelled() {
        for (long campaignId : deliveries.cancelledWithRanges()) {
            deliveries.cancelPending(campaignId, clock.instant());
        }
    }

    /** Takes over the writing of audiences whose writer stopped (its node died, or a database error). */
    void resumeAbandonedAudiences() {
        dispatch.resumeAbandonedAudiences();
    }

    /**
     * Sends the range, then gives it back, whatever happened: what is still pending in it (retries,
     * and what a pause, a halt or an error left untried) is claimed again when due, and not before
     * the poll interval.
     */
    private void process(ClaimedRange range, ChannelSender sender) throws InterruptedException {
        try {
            if (!range.deliveries().isEmpty()) {
                send(range, sender);
            }
        } finally {
            deliveries.settle(range, clock.instant().plus(settings.poll()));
        }
        if (deliveries.dispatchState(range.campaignId()).filter("CANCELLED"::equals).isPresent()) {
            // Whenever the cancel came: what this range still holds is not to be sent.
            deliveries.cancelPending(range.campaignId(), clock.instant());
        }
        dispatch.finishIfDone(range.campaignId());
    }

    /**
     * Reveals the range's recipients at once (one audit record), then composes, sends and records
     * a few messages at a time: the messages sent but not yet recorded when a node dies (sent
     * again by the node that takes the range over) are at most a group per worker, and only a
     * group's rendered messages are held at a time. A slow range has its lease renewed halfway
     * through, and is left alone once another claim holds it. Stops after the group going out when
     * the campaign is paused or cancelled: its state comes back with each group's results, in the
     * same statement where the database allows.
     */
    private void send(ClaimedRange range, ChannelSender sender) throws InterruptedException {
        long campaignId = range.campaignId();
        List<ClaimedDelivery> batch = range.deliveries();
        Instant now = clock.instant();
        Map<Long, Attempt> attempts = new HashMap<>();
        batch.forEach(d -> attempts.put(d.id(), new Attempt(d, retries, now)));
        List<DeliveryResult> results = new ArrayList<>();
        List<Recipient> remaining;
        MessageComposer.Composition composition;
        try {
            remaining = reveal(campaignId, batch, results);
            composition = composer.open(campaignId, remaining);
        } catch (RuntimeException e) {
            notComposed(range, batch.stream().map(ClaimedDelivery::id).toList(), attempts, e);
            return;
        }
        Instant leaseUntil = now.plus(settings.lease());
        while (!remaining.isEmpty()) {
            if (clock.instant().isAfter(leaseUntil.minus(settings.lease().dividedBy(2)))) {
                leaseUntil = clock.instant().plus(settings.lease());
                if (!deliveries.renewLease(range, leaseUntil)) {
                    return; // taken over: the rest is another claim's now
                }
            }
            List<Recipient> group = remaining.subList(0, Math.min(remaining.size(), settings.recordEvery()));
            List<ChannelSender.Pending> sendable;
            try {
                sendable = compose(composition, group, attempts, results);
            } catch (RuntimeException e) {
                deliveries.record(results, range, clock.instant());
                notComposed(range, ids(remaining), attempts, e);
                return;
            }
            remaining = remaining.subList(group.size(), remaining.size());
            if (sendable.isEmpty()) {
                continue; // nothing to send: the group's results go with the next write
            }
            BatchOutcome outcome;
            try {
                outcome = sender.send(sendable);
            } catch (RuntimeException e) {
                log.error("Sending for campaign {} failed, {} deliveries will be tried again: {}", campaignId,
                        sendable.size() + remaining.size(), e.getClass().getSimpleName());
                sendable.forEach(p -> results.add(p.attempt().temporaryFailure("send error")));
                deliveries.record(results, range, clock.instant());
                return;
            }
            results.addAll(outcome.results());
            // Cleared before writing: a virtual thread's socket refuses to work while it is set.
            boolean stopping = Thread.interrupted();
            Optional<String> state = recordThenState(results, range);
            stopping |= Thread.interrupted();
            publishBounces(results, attempts, sender.channel());
            results.clear();
            if (stopping) {
                throw new InterruptedException("dispatch worker stopping");
            }
            if (outcome.haltedFor().isPresent()) {
                halt(campaignId, outcome.haltedFor().get());
                return;
            }
            if (!state.orElse("ACTIVE").equals("ACTIVE")) {
                return; // paused or cancelled while this range was going out
            }
        }
        if (!results.isEmpty()) {
            // Unreadable contacts and unsendable messages that no later send was recorded with.
            deliveries.record(results, range, clock.instant());
        }
    }

    /**
     * Writes a group's results, then reads the campaign's dispatch state: a group all sent (the
     * usual one) together with the other workers' groups written meanwhile.
     */
    private Optional<String> recordThenState(List<DeliveryResult> results, ClaimedRange range) {
        if (!results.isEmpty()
                && results.stream().allMatch(r -> r instanceof DeliveryResult.Sent s && s.providerIds().isEmpty())) {
            return sentRecords.record(range.campaignId(), results.stream().map(DeliveryResult::deliveryId).toList());
        }
        deliveries.record(results, range, clock.instant());
        return deliveries.dispatchState(range.campaignId());
    }

    /** An attempt each: deliveries that can never be composed end in failures, not in a loop. */
    private void notComposed(ClaimedRange range, List<Long> deliveryIds, Map<Long, Attempt> attempts,
            RuntimeException e) {
        log.error("Messages of campaign {} not composed, {} deliveries will be tried again: {}", range.campaignId(),
                deliveryIds.size(), e.getClass().getSimpleName());
        deliveries.record(deliveryIds.stream().map(id -> attempts.get(id).temporaryFailure("not composed")).toList(),
                range, clock.instant());
    }

    private static List<Long> ids(List<Recipient> recipients) {
        return recipients.stream().map(Recipient::deliveryId).toList();
    }

    /** The batch's readable recipients; a contact that cannot be read is a failure added to {@code results}. */
    private List<Recipient> reveal(long campaignId, List<ClaimedDelivery> batch, List<DeliveryResult> results) {
        RevealedIdentities revealed = vault.reveal(batch.stream().map(ClaimedDelivery::contactId).toList(),
                new AccessPurpose.Delivery(campaignId));
        List<Recipient> recipients = new ArrayList<>();
        for (ClaimedDelivery d : batch) {
            var identity = revealed.identities().get(d.contactId());
            if (identity == null) {
                results.add(new Failed(d.id(), "contact unreadable", false));
            } else {
                recipients.add(new Recipient(d.id(), d.contactId(), identity));
            }
        }
        return recipients;
    }

    /**
     * The group's sendable messages; the others' results are added to {@code results}, only once
     * the whole group is composed (a group that fails is given back whole).
     */
    private static List<ChannelSender.Pending> compose(MessageComposer.Composition composition, List<Recipient> group,
            Map<Long, Attempt> attempts, List<DeliveryResult> results) {
        List<ChannelSender.Pending> sendable = new ArrayList<>();
        List<DeliveryResult> unsent = new ArrayList<>();
        for (ComposedMessage message : composition.compose(group)) {
            Attempt attempt = attempts.get(message.deliveryId());
            switch (message) {
                case ComposedMessage.Unsendable u -> unsent.add(new Failed(u.deliveryId(), u.reason(), false));
                case ComposedMessage.Deferred d -> unsent.add(attempt.untried(d.until(), "outside sending hours"));
                case ComposedMessage.Email e -> sendable.add(new ChannelSender.Pending(e, attempt));
                case ComposedMessage.Sms s -> sendable.add(new ChannelSender.Pending(s, attempt));
            }
        }
        results.addAll(unsent);
        return sendable;
    }

    private void publishBounces(List<DeliveryResult> results, Map<Long, Attempt> attempts, Channel channel) {
        for (DeliveryResult result : results) {
            if (result instanceof Failed f && f.bounced()) {
                ClaimedDelivery d = attempts.get(f.deliveryId()).delivery();
                events.publishEvent(new DeliveryBounced(new DeliveryRef(d.id(), d.campaignId(), d.contactId(),
                        channel), f.reason()));
            }
        }
    }

    private void halt(long campaignId, String reason) {
        if (deliveries.transition(campaignId, "ACTIVE", "PAUSED", reason, clock.instant())) {
            log.warn("Campaign {} paused: {}", campaignId, reason);
            events.publishEvent(new DispatchHalted(campaignId, reason));
        }
    }
}
