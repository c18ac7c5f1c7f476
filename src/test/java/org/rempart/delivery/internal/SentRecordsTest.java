package org.rempart.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rempart.StorageTest;
import org.rempart.platform.Database;
import org.rempart.platform.DbTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

/** Groups of sent deliveries written together by the workers of a node. Runs on H2 and again on PostgreSQL. */
@StorageTest
// The settings of SharedDispatchTest: one application context for both.
@TestPropertySource(properties = {"rempart.dispatch.enabled=false", "rempart.outbox.capacity=20000",
    "rempart.dkim.enabled=false"})
class SentRecordsTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DeliveryRepository deliveries;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    Database database;

    private final Instant now = Instant.parse("2026-11-30T10:00:00Z");
    private final Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    private final Set<Long> campaigns = new HashSet<>();

    /** No dispatch rows left for the engines of the tests that share this context. */
    @AfterEach
    void forgetCampaigns() {
        for (long campaign : campaigns) {
            jdbc.update("DELETE FROM delivery WHERE campaign_id = ?", campaign);
            jdbc.update("DELETE FROM dispatch WHERE campaign_id = ?", campaign);
        }
    }

    @Test
    void groupsRecordedAtOnceByManyWorkersAreEachWrittenOnceAndGetTheirOwnCampaignsState() throws Exception {
        long active = campaign("ACTIVE");
        long paused = campaign("PAUSED");
        List<List<Long>> groups = new ArrayList<>();
        for (long campaign : List.of(active, paused)) {
            List<Long> ids = pending(campaign, 400);
            for (int i = 0; i < ids.size(); i += 10) {
                groups.add(ids.subList(i, i + 10));
            }
        }
        var records = new SentRecords(deliveries, clock);
        Map<Long, Optional<String>> states = new ConcurrentHashMap<>();
        var start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (List<Long> group : groups) {
            long campaign = campaignOf(group.getFirst());
            workers.add(Thread.ofVirtual().start(() -> {
                await(start);
                states.put(group.getFirst(), records.record(campaign, group));
            }));
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }

        assertThat(states).hasSize(80);
        states.forEach((firstId, state) -> assertThat(state)
                .contains(campaignOf(firstId) == active ? "ACTIVE" : "PAUSED"));
        for (long campaign : List.of(active, paused)) {
            assertThat(jdbc.queryForList("SELECT status || '/' || attempts FROM delivery WHERE campaign_id = ?",
                    String.class, campaign)).hasSize(400).containsOnly("SENT/1");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery WHERE campaign_id = ? AND sent_at = ?",
                    Long.class, campaign, DbTime.of(now))).isEqualTo(400);
        }
    }

    @Test
    void theGroupsQueuedWhileAStatementRunsGoTogetherInTheNext() throws Exception {
        long campaign = campaign("ACTIVE");
        List<Long> ids = pending(campaign, 100);
        List<Integer> statements = new CopyOnWriteArrayList<>();
        var writing = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var repository = new DeliveryRepository(jdbc, transactionManager, database) {
            @Override
            public Map<Long, String> markSentThenStates(Collection<Long> ids, Collection<Long> campaigns,
                    Instant at) {
                statements.add(ids.size());
                if (statements.size() == 1) {
                    writing.countDown();
                    await(release);
                }
                return super.markSentThenStates(ids, campaigns, at);
            }
        };
        var records = new SentRecords(repository, clock);
        Thread first = Thread.ofPlatform().start(() -> records.record(campaign, ids.subList(0, 10)));
        writing.await();
        List<Thread> others = new ArrayList<>();
        for (int i = 10; i < 100; i += 10) {
            List<Long> group = ids.subList(i, i + 10);
            others.add(Thread.ofPlatform().start(() -> records.record(campaign, group)));
        }
        // Each waits for the turn once its group is queued.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (others.stream().anyMatch(t -> t.getState() != Thread.State.WAITING) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        release.countDown();
        first.join();
        for (Thread other : others) {
            other.join();
        }

        assertThat(statements).containsExactly(10, 90);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery WHERE campaign_id = ? AND status = 'SENT'",
                Long.class, campaign)).isEqualTo(100);
    }

    @Test
    void aGroupWrittenAgainCountsNoSecondAttemptAndACampaignWithoutDispatchHasNoState() {
        long campaign = campaign("ACTIVE");
        List<Long> ids = pending(campaign, 3);
        var records = new SentRecords(deliveries, clock);

        records.record(campaign, ids);
        assertThat(records.record(campaign, ids)).contains("ACTIVE");
        assertThat(jdbc.queryForList("SELECT attempts FROM delivery WHERE campaign_id = ?", Integer.class, campaign))
                .containsExactly(1, 1, 1);

        long withoutDispatch = campaign + 1;
        assertThat(records.record(withoutDispatch, pending(withoutDispatch, 2))).isEmpty();
    }

    @Test
    void aGroupLargerThanAStatementTakesIsWrittenWhole() {
        long campaign = campaign("ACTIVE");
        List<Long> ids = pending(campaign, SentRecords.MOST_PER_STATEMENT + 5);

        assertThat(new SentRecords(deliveries, clock).record(campaign, ids))
                .contains("ACTIVE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery WHERE campaign_id = ? AND status = 'SENT'",
                Long.class, campaign)).isEqualTo(ids.size());
    }

    /** A campaign's dispatch row in {@code state}, under an id no other test uses. */
    private long campaign(String state) {
        long id = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L) * 2;
        jdbc.update("INSERT INTO dispatch (campaign_id, channel, state, not_before, updated_at) VALUES (?, 'EMAIL', ?, ?, ?)",
                id, state, DbTime.of(now), DbTime.of(now));
        campaigns.add(id);
        return id;
    }

    /** The ids of {@code count} pending deliveries of the campaign. */
    private List<Long> pending(long campaign, int count) {
        campaigns.add(campaign);
        jdbc.batchUpdate("INSERT INTO delivery (campaign_id, contact_id, channel, status, attempts, next_attempt_at,"
                + " created_at, bounced) VALUES (?, ?, 'EMAIL', 'PENDING', 0, ?, ?, FALSE)",
                LongStream.range(0, count).mapToObj(c -> new Object[] {campaign, c, DbTime.of(now), DbTime.of(now)})
                        .toList());
        return jdbc.queryForList("SELECT id FROM delivery WHERE campaign_id = ? ORDER BY id", Long.class, campaign);
    }

    private long campaignOf(long deliveryId) {
        return jdbc.queryForObject("SELECT campaign_id FROM delivery WHERE id = ?", Long.class, deliveryId);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
