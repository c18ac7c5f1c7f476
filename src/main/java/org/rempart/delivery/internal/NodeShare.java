package org.rempart.delivery.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * This node's share of the limits that hold across nodes: each live node (one that wrote its
 * heartbeat within three periods) takes an equal part of the email rate, of the SMTP connections
 * and of the per-domain connections, and at least one connection of each. Counting nodes through
 * the shared database needs no other coordination.
 */
final class NodeShare {

    private final String node;
    private final DeliveryRepository deliveries;
    private final DispatchSettings settings;
    private final double emailRate;
    private final DomainLimiter domains;
    private final Optional<EmailTransport> email;
    private final Clock clock;
    private volatile Throttle emailThrottle;
    private volatile int emailConnections;
    private volatile int liveNodes;

    NodeShare(String node, DeliveryRepository deliveries, DispatchSettings settings, double emailRate,
            Optional<EmailTransport> email, Clock clock) {
        this.node = node;
        this.deliveries = deliveries;
        this.settings = settings;
        this.emailRate = emailRate;
        this.domains = new DomainLimiter(settings.domainConnections());
        this.email = email;
        this.emailConnections = email.map(EmailTransport::connections).orElse(0);
        this.clock = clock;
    }

    /** Writes this node's heartbeat and recomputes its share when the number of nodes changed. */
    void beat() {
        Instant now = clock.instant();
        deliveries.heartbeat(node, now);
        int live = Math.max(1, deliveries.liveNodes(now.minus(settings.heartbeat().multipliedBy(3))));
        if (live != liveNodes) {
            liveNodes = live;
            emailThrottle = emailRate > 0 ? new Throttle(emailRate / live, Throttle.Ticker.SYSTEM) : null;
            domains.limit(Math.max(1, settings.domainConnections() / live));
            email.ifPresent(transport -> {
                emailConnections = Math.max(1, transport.connections() / live);
                transport.share(emailConnections);
            });
        }
    }

    void leave() {
        deliveries.forget(node);
    }

    /** Takes this node's next email slot: the nanoseconds until it comes (none when the rate is unlimited). */
    long reserveEmailSlot() {
        Throttle throttle = emailThrottle;
        return throttle == null ? 0 : throttle.reserve();
    }

    /** This node's share of the SMTP connections. */
    int emailConnections() {
        return emailConnections;
    }

    DomainLimiter domains() {
        return domains;
    }

    String node() {
        return node;
    }
}
