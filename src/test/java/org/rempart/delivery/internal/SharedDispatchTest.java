package org.rempart.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rempart.StorageTest;
import org.rempart.campaigns.CampaignClient;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two engines on one database, as two Rempart nodes would run them, share a campaign without
 * sending anything twice. Runs on H2 and again on PostgreSQL.
 */
@StorageTest
@TestPropertySource(properties = {"rempart.dispatch.enabled=false", "rempart.outbox.capacity=20000",
    "rempart.dkim.enabled=false"})
class SharedDispatchTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityFixtures fixtures;
    @LocalServerPort
    int port;
    @Autowired
    TestEngines engines;
    @Autowired
    EmailTransport outboxTransport;

    @AfterEach
    void stopEngines() {
        engines.stopAll();
    }

    @Test
    void twoEnginesShareACampaignOfTenThousandAndEachRecipientGetsOneMessage() throws Exception {
        String token = fixtures.operator(Role.MARKETER).token();
        var api = new CampaignClient(mvc, token);
        long id = api.campaign(TestEngines.campaign(TestEngines.contacts(port, token, 10_000)));
        var first = new AtomicInteger();
        var second = new AtomicInteger();
        api.ok(post("/api/campaigns/" + id + "/send"), null);
        engines.start(TestEngines.after(outboxTransport, () -> countAndWait(first)));
        engines.start(TestEngines.after(outboxTransport, () -> countAndWait(second)));

        var done = api.awaitStatus(id, "SENT", Duration.ofMinutes(3));

        assertThat(done.get("sent").asLong()).isEqualTo(10_000);
        Map<String, Long> messages = engines.messageIdsOf(id);
        assertThat(messages).hasSize(10_000);
        assertThat(messages.values()).allMatch(n -> n == 1);
        assertThat(first.get() + second.get()).isEqualTo(10_000);
        assertThat(first.get()).as("messages sent by the first engine").isPositive();
        assertThat(second.get()).as("messages sent by the second engine").isPositive();
    }

    /**
     * A millisecond per message, as a relay's answer takes: the capture outbox answers at once, and
     * on H2 in the same process a worker that never waits keeps its carrier thread, so that the
     * virtual threads of an engine started a moment later might not run before the campaign ends.
     */
    private static void countAndWait(AtomicInteger sent) {
        sent.incrementAndGet();
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
