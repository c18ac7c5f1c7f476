package org.rempart.delivery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rempart.contacts.Audiences;
import org.rempart.contacts.Channel;
import org.rempart.contacts.SqlFilter;
import org.rempart.platform.Database;
import org.rempart.platform.DbTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The SQL of a campaign's audience as it is written into its deliveries, chunk after chunk. */
@Repository
class AudienceRepository {

    /** The window of the frequency cap. */
    static final Duration CAP_WINDOW = Duration.ofDays(7);

    /** Statuses that count against the frequency cap: sent, or about to be. */
    private static final String LIVE = "('PENDING', 'SENT')";

    /**
     * What a chunk of the audience wrote, and whom it left out: no address, no consent,
     * suppressed (the contacts module's reasons), or over the frequency cap.
     */
    record Chunk(int written, long noAddress, long noConsent, long suppressed, long overCap) {

        /** The reasons as the campaign's figures name them. */
        static Map<String, Long> excluded(long noAddress, long noConsent, long suppressed, long overCap) {
            return Map.of(Audiences.NO_ADDRESS, noAddress, Audiences.NO_CONSENT, noConsent, Audiences.SUPPRESSED,
                    suppressed, "FREQUENCY_CAP", overCap);
        }
    }

    /** The chunk's contacts counted by reason, over {@code x}, and those that may be sent to, last. */
    private static final String REASONS = "SELECT " + sum("x.excluded = '" + Audiences.NO_ADDRESS + "'") + ", "
            + sum("x.excluded = '" + Audiences.NO_CONSENT + "'") + ", " + sum("x.excluded = '" + Audiences.SUPPRESSED
            + "'") + ", " + sum("x.excluded IS NULL");

    private final JdbcTemplate jdbc;
    private final Database database;

    AudienceRepository(JdbcTemplate jdbc, Database database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    /** Records what the campaign's audience is, none of it written yet, and the writer's lease. */
    void begin(long campaignId, String filter, int cap, Instant at, long lastContact, Instant leaseUntil) {
        jdbc.update("UPDATE dispatch SET audience_filter = ?, frequency_cap = ?, audience_at = ?, audience_to = 0,"
                + " audience_written = 0, audience_no_address = 0, audience_no_consent = 0, audience_suppressed = 0,"
                + " audience_over_cap = 0, audience_end = ?, audience_lease = ? WHERE campaign_id = ?", filter, cap,
                DbTime.of(at), lastContact, DbTime.of(leaseUntil), campaignId);
    }

    /** The campaign's audience while it is not complete. */
    Optional<PendingAudience> pending(long campaignId) {
        return jdbc.query("SELECT campaign_id, channel, state, audience_filter, frequency_cap, audience_at,"
                + " audience_to, audience_end, audience_written, audience_no_address, audience_no_consent,"
                + " audience_suppressed, audience_over_cap FROM dispatch WHERE campaign_id = ?"
                + " AND audience_to IS NOT NULL", (rs, n) -> new PendingAudience(rs.getLong(1),
                        Channel.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getInt(5),
                        DbTime.read(rs, "audience_at"), rs.getLong(7), rs.getLong(8), rs.getLong(9),
                        Chunk.excluded(rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13))),
                campaignId).stream().findFirst();
    }

    /**
     * Inserts a delivery for each contact of a chunk of the audience that may be sent to and is
     * under the frequency cap, and counts the others by reason, in one statement on PostgreSQL.
     * H2 cannot insert within a query: there, the chunk's contacts left out are counted right after,
     * in the caller's transaction, each once (a change committed between the two statements may
     * move one from a reason to another, never count it twice). None of them is in the campaign
     * yet: only a writer that moved the mark past a chunk commits it.
     */
    Chunk insert(PendingAudience audience, SqlFilter chunk) {
        Instant at = audience.at();
        List<Object> values = List.of(audience.campaignId(), audience.channel().name(), DbTime.of(at), DbTime.of(at));
        List<Object> cap = List.of(audience.channel().name(), DbTime.of(at.minus(CAP_WINDOW)), audience.frequencyCap());
        String insert = "INSERT INTO delivery (campaign_id, contact_id, channel, status, attempts, next_attempt_at,"
                + " created_at, bounced) SELECT ?, x.id, ?, 'PENDING', 0, ?, ?, FALSE FROM %s x"
                + " WHERE x.excluded IS NULL AND (SELECT COUNT(*) FROM delivery r WHERE r.contact_id = x.id"
                + " AND r.channel = ? AND r.created_at > ? AND r.status IN " + LIVE + ") < ?";
        if (database.isPostgres()) {
            return jdbc.queryForObject("WITH chunk AS (" + chunk.sql() + "), written AS (" + insert.formatted("chunk")
                    + " RETURNING 1) " + REASONS + ", (SELECT COUNT(*) FROM written) FROM chunk x",
                    AudienceRepository::chunk, concat(chunk.parameters(), values, cap));
        }
        int written = jdbc.update(insert.formatted("(" + chunk.sql() + ")"), concat(values, chunk.parameters(), cap));
        // The contacts not written: those that may be sent to are over the cap.
        Chunk left = jdbc.queryForObject(REASONS + ", 0 FROM (" + chunk.sql() + ") x WHERE NOT EXISTS"
                + " (SELECT 1 FROM delivery d WHERE d.campaign_id = ? AND d.contact_id = x.id)",
                AudienceRepository::chunk, concat(chunk.parameters(), List.of(audience.campaignId())));
        return new Chunk(written, left.noAddress(), left.noConsent(), left.suppressed(), left.overCap());
    }

    /** A row of {@link #REASONS} and the count written: the sendable ones not written are over the cap. */
    private static Chunk chunk(ResultSet rs, int row) throws SQLException {
        int written = rs.getInt(5);
        return new Chunk(written, rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) - written);
    }

    private static String sum(String condition) {
        return "COALESCE(SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END), 0)";
    }

    @SafeVarargs
    private static Object[] concat(List<Object>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toArray();
    }

    /**
     * Moves the written mark from {@code from} to {@code to}, adds the chunk's figures and renews
     * the lease, unless another writer moved the mark first or the campaign was cancelled; false
     * then, and the chunk is to be undone.
     */
    boolean advance(long campaignId, long from, long to, Chunk chunk, Instant leaseUntil) {
        return jdbc.update("UPDATE dispatch SET audience_to = ?, audience_written = audience_written + ?,"
                + " audience_no_address = audience_no_address + ?, audience_no_consent = audience_no_consent + ?,"
                + " audience_suppressed = audience_suppressed + ?, audience_over_cap = audience_over_cap + ?,"
                + " audience_lease = ? WHERE campaign_id = ? AND audience_to = ? AND state <> 'CANCELLED'", to,
                chunk.written(), chunk.noAddress(), chunk.noConsent(), chunk.suppressed(), chunk.overCap(),
                DbTime.of(leaseUntil), campaignId, from) == 1;
    }

    /** Marks the audience complete if it was still written up to {@code writtenTo}; false when another writer did. */
    boolean complete(long campaignId, long writtenTo) {
        return jdbc.update("UPDATE dispatch SET audience_to = NULL, audience_lease = NULL WHERE campaign_id = ?"
                + " AND audience_to = ?", campaignId, writtenTo) == 1;
    }

    /** Campaigns whose audience is not complete and whose writer's lease has expired. */
    List<Long> abandoned(Instant now) {
        return jdbc.queryForList("SELECT campaign_id FROM dispatch WHERE audience_to IS NOT NULL"
                + " AND audience_lease < ?", Long.class, DbTime.of(now));
    }

    /** Takes the writing of an abandoned audience over; false when another node did first. */
    boolean takeOver(long campaignId, Instant now, Instant leaseUntil) {
        return jdbc.update("UPDATE dispatch SET audience_lease = ? WHERE campaign_id = ? AND audience_to IS NOT NULL"
                + " AND audience_lease < ?", DbTime.of(leaseUntil), campaignId, DbTime.of(now)) == 1;
    }

    /** The highest contact id of a segment, 0 when it is empty; read down the contacts' key. */
    long lastContact(SqlFilter segment) {
        return jdbc.queryForList("SELECT c.id FROM contact c WHERE (" + segment.sql() + ") ORDER BY c.id DESC"
                + " FETCH FIRST 1 ROWS ONLY", Long.class, segment.parameters().toArray()).stream().findFirst()
                .orElse(0L);
    }

    /**
     * Where the chunk after contact id {@code after} ends: at the {@code size}-th contact of the
     * segment after it, so that sparse ids make no chunk small, and at {@code last} at the latest.
     */
    long chunkEnd(SqlFilter segment, long after, int size, long last) {
        List<Object> parameters = new ArrayList<>(segment.parameters());
        parameters.addAll(List.of(after, size - 1));
        return jdbc.queryForList("SELECT c.id FROM contact c WHERE (" + segment.sql() + ") AND c.id > ?"
                + " ORDER BY c.id OFFSET ? ROWS FETCH NEXT 1 ROWS ONLY", Long.class, parameters.toArray()).stream()
                .findFirst().map(end -> Math.min(end, last)).orElse(last);
    }

    /** After {@code inserted} new deliveries: fresh statistics if the table grew much. */
    void refreshStatisticsIfGrown(int inserted) {
        database.analyzeIfGrown("delivery", inserted);
    }
}
