package org.rempart.delivery.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Writes the groups of sent messages of a node's workers together, as a database commits several
 * transactions with one flush of its log: a worker queues its group and waits until it is
 * written; whichever worker holds the turn writes every group queued then, in one statement that
 * also reads each of their campaigns' dispatch state. A worker still sends nothing more before its
 * group is written, so a killed node has sent without recording at most a group per worker, as
 * when each wrote its own; but while one statement runs, the groups that finish meanwhile wait to
 * go together in the next.
 */
final class SentRecords {

    /** Deliveries in one statement at most, far below the bind parameters a statement may have. */
    static final int MOST_PER_STATEMENT = 1_000;

    private final DeliveryRepository deliveries;
    private final Clock clock;
    private final Lock turn = new ReentrantLock();
    private final Queue<Group> queued = new ConcurrentLinkedQueue<>();

    SentRecords(DeliveryRepository deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** A worker's group, and its campaign's dispatch state once written. */
    private record Group(long campaignId, List<Long> deliveryIds, CompletableFuture<Optional<String>> state) {
    }

    /**
     * Marks the deliveries sent (those still pending), then returns the campaign's dispatch state,
     * empty when it has none. A database error fails every group written with this one.
     */
    Optional<String> record(long campaignId, List<Long> deliveryIds) {
        var group = new Group(campaignId, List.copyOf(deliveryIds), new CompletableFuture<>());
        queued.add(group);
        turn.lock();
        // An interrupt that came while waiting for the turn is kept for after the writing: on a
        // virtual thread it would fail the statement, and with it the other workers' groups.
        boolean interrupted = Thread.interrupted();
        try {
            // Done when a worker that held the turn before took this group with its own; else
            // written here, with the groups queued before it, and those after it that fit.
            while (!group.state().isDone()) {
                writeQueued();
            }
        } finally {
            turn.unlock();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            return group.state().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Writes the groups at the head of the queue, up to {@link #MOST_PER_STATEMENT} deliveries. */
    private void writeQueued() {
        List<Group> groups = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        List<Long> campaigns = new ArrayList<>();
        Group next;
        while ((next = queued.peek()) != null
                && (groups.isEmpty() || ids.size() + next.deliveryIds().size() <= MOST_PER_STATEMENT)) {
            queued.remove();
            groups.add(next);
            ids.addAll(next.deliveryIds());
            campaigns.add(next.campaignId());
        }
        if (groups.isEmpty()) {
            throw new IllegalStateException("a group waits that is neither queued nor written");
        }
        try {
            Map<Long, String> states = deliveries.markSentThenStates(ids, campaigns, clock.instant());
            groups.forEach(g -> g.state().complete(Optional.ofNullable(states.get(g.campaignId()))));
        } catch (RuntimeException | Error e) {
            // Every group taken is answered, whatever happened: its worker waits for nothing else.
            groups.forEach(g -> g.state().completeExceptionally(e));
            if (e instanceof Error error) {
                throw error;
            }
        }
    }
}
