package org.rempart.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rempart.StorageTest;
import org.rempart.campaigns.CampaignClient;
import org.rempart.delivery.OutgoingEmail;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A node killed while holding claimed batches loses no recipient: another engine takes its
 * batches over once their lease expires, and only the message in flight at the kill goes out
 * twice, with the same Message-ID. Results are recorded after every message here, so that the
 * duplicate is exactly one. A cancel stops the batches in flight, not only those still queued,
 * and those of a dead node once their lease expires; a pause gives them back, and a resume sends
 * the rest once. A send that throws costs its group an
 * attempt and gives the rest of the batch back untried.
 */
@StorageTest
@TestPropertySource(properties = {"rempart.dispatch.enabled=false", "rempart.dispatch.lease=2s",
    "rempart.dispatch.record-every=1", "rempart.dispatch.retry-min=200ms", "rempart.dispatch.heartbeat=300ms",
    "rempart.dkim.enabled=false"})
class EngineTakeoverTest {

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
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void stopEngines() {
        engines.stopAll();
    }

    @Test
    void aDeadEnginesBatchesAreTakenOverWhenTheirLeaseExpires() throws Exception {
        String token = fixtures.operator(Role.MARKETER).token();
        var api = new CampaignClient(mvc, token);
        long id = api.campaign(TestEngines.campaign(TestEngines.contacts(port, token, 300)));
        var dying = new DyingTransport(outboxTransport, 120);
        api.ok(post("/api/campaigns/" + id + "/send"), null);
        engines.start(dying);
        dying.dead.await();
        engines.start(outboxTransport);

        var done = api.awaitStatus(id, "SENT", Duration.ofMinutes(2));

        assertThat(done.get("sent").asLong()).isEqualTo(300);
        Map<String, Long> messages = engines.messageIdsOf(id);
        assertThat(messages).as("every recipient reached").hasSize(300);
        assertThat(messages.values().stream().filter(n -> n > 1).toList()).containsExactly(2L);
        assertThat(rangesOf(id)).as("every range given back").isZero();
    }

    @Test
    void cancellingWhileADeadEngineHoldsBatchesCancelsThemOnceTheirLeaseExpires() throws Exception {
        String token = fixtures.operator(Role.MARKETER).token();
        var api = new CampaignClient(mvc, token);
        long id = api.campaign(TestEngines.campaign(TestEngines.contacts(port, token, 300)));
        var dying = new DyingTransport(outboxTransport, 60);
        api.ok(post("/api/campaigns/" + id + "/send"), null);
        engines.start(dying);
        dying.dead.await();

        api.ok(post("/api/campaigns/" + id + "/cancel"), null);
        long reachedAtCancel = engines.messageIdsOf(id).size();
        engines.start(outboxTransport);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (api.campaign(id).get("pending").asLong() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        var cancelled = api.campaign(id);
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.get("pending").asLong()).as("nothing left pending").isZero();
        assertThat(cancelled.get("sent").asLong() + cancelled.get("cancelled").asLong()).isEqualTo(300);
        assertThat(engines.messageIdsOf(id)).as("nothing sent after the cancel").hasSize((int) reachedAtCancel);
        assertThat(rangesOf(id)).isZero();
    }

    @Test
    void cancellingStopsBatchesInFlightAndLeavesNothingPending() throws Exception {
        String token = fixtures.operator(Role.MARKETER).token();
        var api = new CampaignClient(mvc, token);
        var sent = new AtomicInteger();
        long id = slowCampaignUnderWay(api, token, sent);

        api.ok(post("/api/campaigns/" + id + "/cancel"), null);
        int atCancel = sentOnceQuiet(sent);

        var cancelled = api.campaign(id);
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(sent.get()).as("nothing sent a while after the cancel").isEqualTo(atCancel);
        assertThat(cancelled.get("pending").asLong()).isZero();
        assertThat(cancelled.get("sent").asLong() + cancelled.get("cancelled").asLong()).isEqualTo(300);
        assertThat(cancelled.get("cancelled").asLong()).isPositive();
    }

    @Test
    void pausingGivesTheBatchesInFlightBackAndResumingSendsTheRestOnce() throws Exception {
        String token = fixtures.operator(Role.MARKETER).token();
        var api = new CampaignClient(mvc, token);
        var sent = new AtomicInteger();
        long id = slowCampaignUnderWay(api, token, sent);

        api.ok(post("/api/campaigns/" + id + "/pause"), null);
        int atPause = sentOnceQuiet(sent);
        var paused = api.campaign(id);
        assertThat(sent.get()).as("nothing sent a while after the pause").isEqualTo(atPause);
        assertThat(paused.get("pending").asLong()).as("the rest waits").isEqualTo(300 - atPause);
        api.ok(post("/api/campaigns/" + id + "/resume"), null);

        var done = api.awaitStatus(id, "SENT", Duration.ofMinutes(1));
        assertThat(done.get("sent").asLong()).isEqualTo(300);
        assertThat(engines.messageIdsOf(id)).hasSize(300).allSatisfy((messageId, times) -> assertThat(times).isOne());
        assertThat(rangesOf(id)).isZero();
    }

    @Test
    void aSendThatThrowsCostsItsGroupAnAttemptAndGivesTheRestOfTheBatchBack() throws Exception {
        String token = fixtures.operator(Role.MARKETER).token();
        var api = new CampaignClient(mvc, token);
        long id = api.campaign(TestEngines.campaign(TestEngines.contacts(port, token, 300)));
        var broken = new AtomicBoolean();
        EmailTransport brokenOnce = new EmailTransport() {
            @Override
            public List<SendOutcome> send(List<OutgoingEmail> emails, SendGate gate) {
                if (broken.compareAndSet(false, true)) {
                    throw new IllegalStateException("transport failure");
                }
                return outboxTransport.send(emails, gate);
            }

            @Override
            public int connections() {
                return 2;
            }
        };
        api.ok(post("/api/campaigns/" + id + "/send"), null);
        engines.start(brokenOnce);

        var done = api.awaitStatus(id, "SENT", Duration.ofMinutes(1));

        assertThat(done.get("sent").asLong()).isEqualTo(300);
        assertThat(engines.messageIdsOf(id)).hasSize(300).allSatisfy((messageId, times) -> assertThat(times).isOne());
        Map<Integer, Long> deliveriesByAttempts = new java.util.HashMap<>();
        jdbc.query("SELECT attempts, COUNT(*) FROM delivery WHERE campaign_id = ? GROUP BY attempts",
                (java.sql.ResultSet rs) -> {
                    deliveriesByAttempts.put(rs.getInt(1), rs.getLong(2));
                }, id);
        assertThat(deliveriesByAttempts).as("the failed group tried twice, the rest of its batch once")
                .containsExactlyInAnyOrderEntriesOf(Map.of(1, 299L, 2, 1L));
    }

    /** A campaign of 300 sent by an engine whose transport takes 20 ms a message, once 40 went out. */
    private long slowCampaignUnderWay(CampaignClient api, String token, AtomicInteger sent) throws Exception {
        long id = api.campaign(TestEngines.campaign(TestEngines.contacts(port, token, 300)));
        EmailTransport slow = TestEngines.after(outboxTransport, () -> {
            sent.incrementAndGet();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        api.ok(post("/api/campaigns/" + id + "/send"), null);
        engines.start(slow);
        while (sent.get() < 40) {
            Thread.sleep(10);
        }
        return id;
    }

    /** The messages sent half a second after a pause or a cancel, read a second before the test goes on. */
    private static int sentOnceQuiet(AtomicInteger sent) throws InterruptedException {
        Thread.sleep(500);
        int settled = sent.get();
        Thread.sleep(1000);
        return settled;
    }

    private int rangesOf(long campaignId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM delivery_range WHERE campaign_id = ?", Integer.class,
                campaignId);
    }

    /**
     * An engine's link to the server that dies as a killed node would: after {@code lifetime}
     * messages, one last message reaches the server but its answer never reaches the engine, and
     * every worker hangs from then on, holding its claimed batch, until the test stops it.
     */
    static final class DyingTransport implements EmailTransport {

        final CountDownLatch dead = new CountDownLatch(1);
        private final CountDownLatch never = new CountDownLatch(1);
        private final EmailTransport next;
        private final AtomicInteger remaining;

        DyingTransport(EmailTransport next, int lifetime) {
            this.next = next;
            this.remaining = new AtomicInteger(lifetime);
        }

        @Override
        public List<SendOutcome> send(List<OutgoingEmail> emails, SendGate gate) {
            List<SendOutcome> outcomes = new ArrayList<>();
            for (OutgoingEmail email : emails) {
                List<SendOutcome> sent = List.of();
                int left;
                // One message at a time: once dead, no message of the other connection is still
                // on its way to the server, to arrive after the test has looked.
                synchronized (remaining) {
                    left = remaining.getAndDecrement();
                    if (left >= 0) {
                        sent = next.send(List.of(email), gate);
                    }
                    if (left == 0) {
                        dead.countDown();
                    }
                }
                if (left > 0) {
                    outcomes.addAll(sent);
                    continue;
                }
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                outcomes.add(new SendOutcome.TemporaryFailure("engine stopped"));
                break;
            }
            return outcomes;
        }

        @Override
        public int connections() {
            return 2;
        }
    }
}
