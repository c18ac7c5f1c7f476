package org.rempart.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.rempart.StorageTest;
import org.rempart.contacts.Channel;
import org.rempart.delivery.AudienceFigures;
import org.rempart.delivery.AudienceWritten;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A campaign's audience is written chunk after chunk, each contact once, whether two writers race
 * for it or one takes over from a writer that stopped: a writer whose mark was moved under it
 * writes nothing more; its figures are those of each chunk as it was written. The engine is off here (the same context as {@link EngineTakeoverTest}):
 * these campaigns have no content, only deliveries.
 */
@StorageTest
@RecordApplicationEvents
@TestPropertySource(properties = {"rempart.dispatch.enabled=false", "rempart.dispatch.lease=2s",
    "rempart.dispatch.record-every=1", "rempart.dispatch.retry-min=200ms", "rempart.dispatch.heartbeat=300ms",
    "rempart.dkim.enabled=false"})
class AudienceWriterTest {

    /** Campaign ids far above those of the campaigns table, one per test. */
    private static final AtomicLong CAMPAIGNS = new AtomicLong(8_000_000_000L + System.nanoTime() % 1_000_000_000L);

    @Autowired
    IdentityFixtures fixtures;
    @LocalServerPort
    int port;
    @Autowired
    JdbcDispatch dispatch;
    @Autowired
    AudienceWriter writer;
    @Autowired
    AudienceRepository audiences;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    @Test
    void twoWritersRacingForOneAudienceWriteEachContactOnce() throws Exception {
        long campaign = started(100);

        try (var both = Executors.newFixedThreadPool(2)) {
            List<Future<?>> writers = List.of(both.submit(() -> writer.write(campaign)),
                    both.submit(() -> writer.write(campaign)));
            for (Future<?> each : writers) {
                each.get();
            }
        }

        assertThat(audiences.pending(campaign)).as("complete").isEmpty();
        assertThat(deliveriesOf(campaign)).containsExactly(100L, 100L);
    }

    @Test
    void aStoppedWritersAudienceIsTakenOverAfterItsLeaseAndItsStaleChunkIsRefused() throws Exception {
        long campaign = started(100);
        PendingAudience stale = audiences.pending(campaign).orElseThrow();
        assertThat(writer.writeChunk(stale)).as("the first writer's one chunk").isTrue();
        assertThat(writer.takeOverAbandoned()).as("within its lease").doesNotContain(campaign);
        long firstChunk = deliveriesOf(campaign).getFirst();
        assertThat(firstChunk).isEqualTo(40);

        Thread.sleep(2_100);
        assertThat(writer.takeOverAbandoned()).contains(campaign);
        writer.write(campaign);

        assertThat(audiences.pending(campaign)).isEmpty();
        assertThat(writer.writeChunk(stale)).as("the stopped writer, back with its old mark").isFalse();
        assertThat(deliveriesOf(campaign)).containsExactly(100L, 100L);
    }

    @Test
    void aCancelStopsTheWritingAndTheAudienceEndsWithWhatWasWritten() {
        long campaign = started(100);
        assertThat(writer.writeChunk(audiences.pending(campaign).orElseThrow())).isTrue();

        dispatch.cancel(campaign);
        writer.write(campaign);

        assertThat(audiences.pending(campaign)).as("complete").isEmpty();
        assertThat(deliveriesOf(campaign)).containsExactly(40L, 40L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delivery WHERE campaign_id = ? AND status = 'CANCELLED'",
                Long.class, campaign)).isEqualTo(40);
    }

    @Test
    void theFiguresAreThoseOfEachChunkAsItWasWrittenWhateverChangesWhileTheRestIsWritten() {
        long campaign = started(100);
        assertThat(writer.writeChunk(audiences.pending(campaign).orElseThrow())).isTrue();
        List<Long> written = jdbc.queryForList("SELECT contact_id FROM delivery WHERE campaign_id = ?"
                + " ORDER BY contact_id", Long.class, campaign);
        List<Long> notYet = jdbc.queryForList("SELECT id FROM contact WHERE id > ? ORDER BY id FETCH FIRST 7 ROWS ONLY",
                Long.class, written.getLast());
        // Consents withdrawn while the audience is written: five already in it, seven not yet.
        for (long contact : concat(written.subList(0, 5), notYet)) {
            jdbc.update("UPDATE contact SET consent_email = 'NO' WHERE id = ?", contact);
        }

        writer.write(campaign);

        assertThat(events.stream(AudienceWritten.class).filter(w -> w.campaignId() == campaign).toList())
                .singleElement().extracting(AudienceWritten::figures).isEqualTo(new AudienceFigures(93,
                        Map.of("NO_ADDRESS", 0L, "NO_CONSENT", 7L, "SUPPRESSED", 0L, "FREQUENCY_CAP", 0L)));
    }

    private static List<Long> concat(List<Long> first, List<Long> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    /** A campaign handed to the engine for {@code count} new contacts, none of them written yet. */
    private long started(int count) {
        String token = fixtures.operator(Role.MARKETER).token();
        JsonNode filter = json.readTree("""
                {"field":"attributes.lot","op":"eq","value":"%s"}""".formatted(TestEngines.contacts(port, token,
                count)));
        long campaign = CAMPAIGNS.incrementAndGet();
        transactions.executeWithoutResult(tx -> dispatch.start(campaign, Channel.EMAIL, filter, 3, Instant.now()));
        assertThat(deliveriesOf(campaign)).containsExactly(0L, 0L);
        return campaign;
    }

    /** The campaign's deliveries, and how many contacts they are for. */
    private List<Long> deliveriesOf(long campaign) {
        Map<String, Object> row = jdbc.queryForMap("SELECT COUNT(*) AS n, COUNT(DISTINCT contact_id) AS contacts"
                + " FROM delivery WHERE campaign_id = ?", campaign);
        return List.of(((Number) row.get("n")).longValue(), ((Number) row.get("contacts")).longValue());
    }
}
