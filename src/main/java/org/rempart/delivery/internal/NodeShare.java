package org.rempart.delivery.internal;

import java.time.Clock;
import java.time.Instant;

/**
 * This node's share of the limits that hold across nodes: each live node (one that wrote its
 * heartbeat within three periods) takes an equal part of the email rate and of the per-domain
 * connections. Counting nodes through the shared database needs no other coordination.
 */
final class NodeShare {

    private final String node;
    private final DeliveryRepository deliveries;
    private final DispatchSettings settings;
    private final double emailRate;
    private final DomainLimiter domains;
    private final Clock clock;
    private volatile Throttle emailThrottle;
    private volatile int liveNodes;

    NodeShare(String node, DeliveryRepository deliveries, DispatchSettings settings, double emailRate, Clock clock) {
        this.node = node;
        this.deliveries = deliveries;
        this.settings = settings;
        this.emailRate = emailRate;
        this.domains = new DomainLimiter(settings.domainConnections());
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

    DomainLimiter domains() {
        return domains;
    }

    String node() {
        return node;
    }
}
