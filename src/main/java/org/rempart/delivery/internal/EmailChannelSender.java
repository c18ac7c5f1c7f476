package org.rempart.delivery.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rempart.contacts.Channel;
import org.rempart.delivery.ComposedMessage;
import org.rempart.delivery.Mailbox;
import org.rempart.delivery.OutgoingEmail;
import org.rempart.delivery.internal.DeliveryResult.Failed;
import org.rempart.delivery.internal.DeliveryResult.Sent;

/**
 * Sends a batch's emails one after the other on one of the transport's connections (each worker
 * holds one), at this node's share of the rate and of the per-domain connections.
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

    /**
     * An interruption (the node stopping) while waiting for a slot leaves the rest of the group
     * untried and the interrupt flag set again; what was sent keeps its result.
     */
    @Override
    public BatchOutcome send(List<Pending> messages) {
        List<DeliveryResult> results = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            Pending pending = messages.get(i);
            OutgoingEmail email = ((ComposedMessage.Email) pending.message()).email();
            String domain = Mailbox.domainOf(email.to());
            try {
                share.paceEmail();
                share.domains().acquire(domain);
            } catch (InterruptedException e) {
                Instant now = clock.instant();
                messages.subList(i, messages.size()).forEach(rest -> results.add(rest.attempt().untried(now,
                        "node stopping")));
                Thread.currentThread().interrupt();
                return new BatchOutcome(results, Optional.empty());
            }
            SendOutcome outcome;
            try {
                outcome = transport.send(email);
            } finally {
                share.domains().release(domain);
            }
            long id = pending.attempt().delivery().id();
            switch (outcome) {
                case SendOutcome.Sent s -> results.add(new Sent(id, List.of()));
                case SendOutcome.TemporaryFailure t -> results.add(pending.attempt().temporaryFailure(t.reason()));
                case SendOutcome.PermanentFailure p -> results.add(new Failed(id, p.code(), true));
                case SendOutcome.Unreachable u -> {
                    Instant later = clock.instant().plus(pauseWhenUnreachable);
                    messages.subList(i, messages.size()).forEach(
                            rest -> results.add(rest.attempt().untried(later, u.reason())));
                    return new BatchOutcome(results, Optional.empty());
                }
                case SendOutcome.ChannelDown down -> {
                    messages.subList(i, messages.size()).forEach(
                            rest -> results.add(rest.attempt().untried(clock.instant(), down.reason())));
                    return new BatchOutcome(results, Optional.of(down.reason()));
                }
            }
        }
        return new BatchOutcome(results, Optional.empty());
    }
}
