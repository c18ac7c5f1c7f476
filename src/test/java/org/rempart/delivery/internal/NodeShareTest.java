package org.rempart.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rempart.StorageTest;
import org.rempart.delivery.OutgoingEmail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The limits that hold across nodes, shared through the nodes' heartbeats in the database: each
 * live node uses an equal share of the SMTP connections, at least one, and takes the whole again
 * once the others are gone.
 */
@StorageTest
@TestPropertySource(properties = {"rempart.dispatch.enabled=false", "rempart.outbox.capacity=20000",
    "rempart.dkim.enabled=false"})
class NodeShareTest {

    @Autowired
    DeliveryRepository deliveries;
    @Autowired
    DispatchSettings settings;
    @Autowired
    Clock clock;

    @Test
    void eachLiveNodeUsesAnEqualShareOfTheSmtpConnectionsAndAtLeastOne() {
        var eight = new SharedConnections(8);
        var one = new SharedConnections(1);
        var first = node("first", eight);
        var second = node("second", one);
        try {
            first.beat();
            assertThat(eight.share).isEqualTo(8);

            second.beat();
            first.beat();

            assertThat(eight.share).isEqualTo(4);
            assertThat(first.emailConnections()).as("its workers follow its share").isEqualTo(4);
            assertThat(one.share).isEqualTo(1);

            second.leave();
            first.beat();

            assertThat(eight.share).isEqualTo(8);
        } finally {
            List.of(first, second).forEach(NodeShare::leave);
        }
    }

    private NodeShare node(String name, SharedConnections transport) {
        return new NodeShare(name + System.nanoTime(), deliveries, settings, 0, Optional.of(transport), clock);
    }

    /** A transport's connections, as a node's share sets them; nothing is sent here. */
    private static final class SharedConnections implements EmailTransport {

        private final int connections;
        private volatile int share;

        SharedConnections(int connections) {
            this.connections = connections;
        }

        @Override
        public List<SendOutcome> send(List<OutgoingEmail> emails, SendGate gate) {
            throw new UnsupportedOperationException("nothing is sent in this test");
        }

        @Override
        public int connections() {
            return connections;
        }

        @Override
        public void share(int connections) {
            share = connections;
        }
    }
}
