package org.rempart.delivery.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rempart.contacts.Channel;
import org.rempart.delivery.ComposedMessage;
import org.rempart.delivery.OutgoingEmail;
import org.rempart.delivery.internal.DeliveryResult.Failed;
import org.rempart.delivery.internal.DeliveryResult.Sent;

/**
 * Sends a batch's emails a group at a time, one after the other on one of the transport's
 * connections, at this node's share of the rate and of the per-domain connections.
 */
final class EmailChannelSender implements ChannelSender {

    private final EmailTransport transport;
    private final NodeShare share;
    private final Duration pauseWhenUnreachable;
    private final Clock clock;

    EmailChannelSender(EmailTransport transport, NodeShare share, Duration pauseWhenUnreachable, Clock clock) {
        this.transport = transport;
        this.share = share;
        this.pauseWhenUnreachable = pauseWhenUnreachable;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public int workers() {
        // Twice the connections: while a worker claims, reveals and records, another keeps its connection busy.
        return 2 * transport.connections();
    }

    @Override
    public int activeWorkers() {
        return 2 * share.emailConnections();
    }

    /**
     * Hands the group to the transport at once; the limits are taken on the thread that sends, for
     * each message. An interruption (the node stopping) leaves what was not sent untried and the
     * interrupt flag set again; what was sent keeps its result.
     */
    @Override
    public BatchOutcome send(List<Pending> messages) {
        List<OutgoingEmail> emails = messages.stream().map(p -> ((ComposedMessage.Email) p.message()).email())
                .toList();
        List<SendOutcome> outcomes = transport.send(emails, new EmailGate(share::reserveEmailSlot, share.domains()));
        List<DeliveryResult> results = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Pending pending = messages.get(i);
            long id = pending.attempt().delivery().id();
            switch (outcomes.get(i)) {
                case SendOutcome.Sent s -> results.add(new Sent(id, List.of()));
                case SendOutcome.TemporaryFailure t -> results.add(pending.attempt().temporaryFailure(t.reason()));
                case SendOutcome.PermanentFailure p -> results.add(new Failed(id, p.code(), true));
                case SendOutcome.Unreachable u -> {
                    untried(messages.subList(i, messages.size()), clock.instant().plus(pauseWhenUnreachable),
                            u.reason(), results);
                    return new BatchOutcome(results, Optional.empty());
                }
                case SendOutcome.ChannelDown down -> {
                    untried(messages.subList(i, messages.size()), clock.instant(), down.reason(), results);
                    return new BatchOutcome(results, Optional.of(down.reason()));
                }
            }
        }
        untried(messages.subList(outcomes.size(), messages.size()), clock.instant(), "sending stopped", results);
        return new BatchOutcome(results, Optional.empty());
    }

    private static void untried(List<Pending> rest, Instant at, String reason, List<DeliveryResult> results) {
        rest.forEach(pending -> results.add(pending.attempt().untried(at, reason)));
    }
}
