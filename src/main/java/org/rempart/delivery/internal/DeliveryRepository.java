package org.rempart.delivery.internal;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import org.rempart.contacts.Channel;
import org.rempart.contacts.SqlFilter;
import org.rempart.delivery.DeliveryCounts;
import org.rempart.delivery.DeliveryRef;
import org.rempart.delivery.Dispatch.HourlyCount;
import org.rempart.platform.DbTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The SQL of the dispatch engine: snapshots, claims under lease, results, dispatch state, nodes. */
@Repository
public class DeliveryRepository {

    /** Statuses that count against the frequency cap: sent, or about to be. */
    private static final String LIVE = "('PENDING', 'SENT')";

    private static final RowMapper<DeliveryRef> REF = (rs, n) -> new DeliveryRef(rs.getLong(1), rs.getLong(2),
            rs.getLong(3), Channel.valueOf(rs.getString(4)));

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate transactions;

    DeliveryRepository(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Inserts a delivery for each contact of the audience not yet in the campaign and under the
     * frequency cap, in one statement, and returns how many.
     */
    public int snapshot(long campaignId, Channel channel, SqlFilter audience, int cap, Instant since, Instant now) {
        List<Object> parameters = new ArrayList<>(List.of(campaignId, channel.name(), DbTime.of(now), DbTime.of(now)));
        parameters.addAll(audience.parameters());
        parameters.addAll(List.of(campaignId, channel.name(), DbTime.of(since), cap));
        return jdbc.update("INSERT INTO delivery (campaign_id, contact_id, channel, status, attempts, next_attempt_at,"
                + " created_at, bounced) SELECT ?, x.id, ?, 'PENDING', 0, ?, ?, FALSE FROM (" + audience.sql() + ") x"
                + " WHERE NOT EXISTS (SELECT 1 FROM delivery e WHERE e.campaign_id = ? AND e.contact_id = x.id)"
                + " AND (SELECT COUNT(*) FROM delivery r WHERE r.contact_id = x.id AND r.channel = ?"
                + " AND r.created_at > ? AND r.status IN " + LIVE + ") < ?", parameters.toArray());
    }

    public long count(SqlFilter audience) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM (" + audience.sql() + ") x", Long.class,
                audience.parameters().toArray());
    }

    // ---- dispatch state

    public void upsertDispatch(long campaignId, Channel channel, Instant notBefore, Instant now) {
        jdbc.update("""
                MERGE INTO dispatch d
                USING (VALUES (CAST(? AS BIGINT))) AS x (campaign_id) ON d.campaign_id = x.campaign_id
                WHEN MATCHED THEN UPDATE SET state = 'ACTIVE', not_before = ?, halted_for = NULL, updated_at = ?
                WHEN NOT MATCHED THEN INSERT (campaign_id, channel, state, not_before, updated_at)
                VALUES (x.campaign_id, ?, 'ACTIVE', ?, ?)""", campaignId, DbTime.of(notBefore), DbTime.of(now),
                channel.name(), DbTime.of(notBefore), DbTime.of(now));
    }

    /** Moves a campaign's dispatch from one state to another; false when it was not in {@code from}. */
    public boolean transition(long campaignId, String from, String to, String reason, Instant now) {
        return jdbc.update("UPDATE dispatch SET state = ?, halted_for = ?, updated_at = ? WHERE campaign_id = ?"
                + " AND state = ?", to, reason, DbTime.of(now), campaignId, from) == 1;
    }

    public Optional<String> dispatchState(long campaignId) {
        return jdbc.queryForList("SELECT state FROM dispatch WHERE campaign_id = ?", String.class, campaignId)
                .stream().findFirst();
    }

    /** The campaigns the engine may send now on a channel. */
    public List<Long> sendable(Channel channel, Instant now) {
        return jdbc.queryForList("SELECT campaign_id FROM dispatch WHERE channel = ? AND state = 'ACTIVE'"
                + " AND not_before <= ? ORDER BY campaign_id", Long.class, channel.name(), DbTime.of(now));
    }

    public int cancelPending(long campaignId, Instant now) {
        return jdbc.update("UPDATE delivery SET status = 'CANCELLED', outcome = 'cancelled', lease_owner = NULL,"
                + " lease_until = NULL WHERE campaign_id = ? AND status = 'PENDING'"
                + " AND (lease_until IS NULL OR lease_until < ?)", campaignId, DbTime.of(now));
    }

    public boolean anyPending(long campaignId) {
        return !jdbc.queryForList("SELECT id FROM delivery WHERE campaign_id = ? AND status = 'PENDING'"
                + " FETCH FIRST 1 ROWS ONLY", Long.class, campaignId).isEmpty();
    }

    // ---- claims and results

    /**
     * Locks up to {@code limit} due deliveries of the campaign that no live lease holds, skipping
     * rows another node is locking, and leases them to {@code owner}. Must run in a transaction. No
     * ORDER BY: H2 would apply the limit before skipping the locked rows, and return nothing.
     */
    public List<ClaimedDelivery> claim(long campaignId, int limit, String owner, Instant now, Instant leaseUntil) {
        List<ClaimedDelivery> claimed = jdbc.query("SELECT id, campaign_id, contact_id, attempts FROM delivery"
                + " WHERE campaign_id = ? AND status = 'PENDING' AND next_attempt_at <= ?"
                + " AND (lease_until IS NULL OR lease_until < ?)"
                + " FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED",
                (rs, n) -> new ClaimedDelivery(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4)),
                campaignId, DbTime.of(now), DbTime.of(now), limit);
        if (!claimed.isEmpty()) {
            named.update("UPDATE delivery SET lease_owner = :owner, lease_until = :until WHERE id IN (:ids)",
                    Map.of("owner", owner, "until", DbTime.of(leaseUntil), "ids",
                            claimed.stream().map(ClaimedDelivery::id).toList()));
        }
        return claimed;
    }

    /** Extends this owner's lease on those of the deliveries it still holds, and returns them. */
    public Set<Long> renewLease(List<Long> ids, String owner, Instant until) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Map<String, Object> parameters = Map.of("ids", ids, "owner", owner, "until", DbTime.of(until));
        named.update("UPDATE delivery SET lease_until = :until WHERE id IN (:ids) AND lease_owner = :owner"
                + " AND status = 'PENDING'", parameters);
        return new HashSet<>(named.queryForList("SELECT id FROM delivery WHERE id IN (:ids) AND lease_owner = :owner"
                + " AND status = 'PENDING'", parameters, Long.class));
    }

    /**
     * Writes a batch's results in one transaction: one commit, not one per row, for a database
     * that flushes its log at each; when every message was sent (the usual group), that is a single
     * statement, committed on its own. A sent message is recorded whoever holds its lease now (it
     * went out); a retry or a failure only while {@code owner} still holds it, so that a node
     * whose lease expired cannot undo the claim of the node that took over.
     */
    public void record(Collection<DeliveryResult> results, String owner, Instant now) {
        List<Long> sent = new ArrayList<>();
        List<Object[]> providerIds = new ArrayList<>();
        List<Object[]> retries = new ArrayList<>();
        List<Object[]> failures = new ArrayList<>();
        for (DeliveryResult result : results) {
            switch (result) {
                case DeliveryResult.Sent s -> {
                    sent.add(s.deliveryId());
                    s.providerIds().forEach(id -> providerIds.add(new Object[] {id, s.deliveryId()}));
                }
                case DeliveryResult.Retry r -> retries.add(new Object[] {r.counts() ? 1 : 0, DbTime.of(r.at()),
                        r.reason(), r.deliveryId(), owner});
                case DeliveryResult.Failed f -> failures.add(new Object[] {f.reason(), f.bounced(), f.deliveryId(),
                        owner});
            }
        }
        if (providerIds.isEmpty() && retries.isEmpty() && failures.isEmpty()) {
            markSent(sent, now);
            return;
        }
        transactions.executeWithoutResult(tx -> {
            markSent(sent, now);
            jdbc.batchUpdate("INSERT INTO delivery_message_id (provider_id, delivery_id) VALUES (?, ?)", providerIds);
            jdbc.batchUpdate("UPDATE delivery SET attempts = attempts + ?, next_attempt_at = ?, outcome = ?,"
                    + " lease_owner = NULL, lease_until = NULL WHERE id = ? AND status = 'PENDING' AND lease_owner = ?",
                    retries);
            jdbc.batchUpdate("UPDATE delivery SET status = 'FAILED', attempts = attempts + 1, outcome = ?, bounced = ?,"
                    + " lease_owner = NULL, lease_until = NULL WHERE id = ? AND status = 'PENDING' AND lease_owner = ?",
                    failures);
        });
    }

    private void markSent(List<Long> sent, Instant now) {
        if (!sent.isEmpty()) {
            named.update("UPDATE delivery SET status = 'SENT', attempts = attempts + 1, sent_at = :now, outcome = NULL,"
                    + " lease_owner = NULL, lease_until = NULL WHERE id IN (:ids) AND status = 'PENDING'",
                    Map.of("now", DbTime.of(now), "ids", sent));
        }
    }

    /** Records an SMSC receipt's final state; an undelivered segment outweighs a delivered one. */
    public Optional<Long> recordReceipt(String providerId, String state) {
        List<Long> ids = jdbc.queryForList("SELECT delivery_id FROM delivery_message_id WHERE provider_id = ?",
                Long.class, providerId);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        long id = ids.getFirst();
        jdbc.update("UPDATE delivery SET receipt = ? WHERE id = ? AND (receipt IS NULL OR receipt = 'DELIVRD')", state,
                id);
        return Optional.of(id);
    }

    // ---- figures and look-ups

    public DeliveryCounts counts(long campaignId) {
        long[] c = new long[8];
        jdbc.query("SELECT status, bounced, receipt, COUNT(*) FROM delivery WHERE campaign_id = ?"
                + " GROUP BY status, bounced, receipt", (ResultSet rs) -> {
                    long n = rs.getLong(4);
                    String receipt = rs.getString(3);
                    c[0] += n;
                    switch (rs.getString(1)) {
                        case "PENDING" -> c[1] += n;
                        case "SENT" -> {
                            c[2] += n;
                            if ("DELIVRD".equals(receipt)) {
                                c[5] += n;
                            } else if (receipt != null) {
                                c[6] += n;
                            }
                        }
                        case "FAILED" -> {
                            c[3] += n;
                            c[4] += rs.getBoolean(2) ? n : 0;
                        }
                        default -> c[7] += n;
                    }
                }, campaignId);
        long segments = jdbc.queryForObject("SELECT COUNT(*) FROM delivery_message_id m JOIN delivery d"
                + " ON d.id = m.delivery_id WHERE d.campaign_id = ?", Long.class, campaignId);
        return new DeliveryCounts(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], segments);
    }

    /** The earliest attempt time among the campaign's pending deliveries. */
    public Optional<Instant> nextAttempt(long campaignId) {
        return Optional.ofNullable(jdbc.query("SELECT MIN(next_attempt_at) AS next FROM delivery"
                + " WHERE campaign_id = ? AND status = 'PENDING'", (ResultSet rs) -> rs.next()
                        ? DbTime.read(rs, "next") : null, campaignId));
    }

    public List<HourlyCount> sentPerHour(long campaignId) {
        return jdbc.query("SELECT DATE_TRUNC('HOUR', sent_at) AS sent_hour, COUNT(*) FROM delivery WHERE campaign_id = ?"
                + " AND sent_at IS NOT NULL GROUP BY DATE_TRUNC('HOUR', sent_at) ORDER BY 1",
                (rs, n) -> new HourlyCount(DbTime.read(rs, "sent_hour"), rs.getLong(2)), campaignId);
    }

    public Optional<DeliveryRef> ref(long deliveryId) {
        return jdbc.query("SELECT id, campaign_id, contact_id, channel FROM delivery WHERE id = ?", REF, deliveryId)
                .stream().findFirst();
    }

    // ---- nodes

    public void heartbeat(String node, Instant now) {
        jdbc.update("""
                MERGE INTO dispatch_node n USING (VALUES (CAST(? AS VARCHAR(64)))) AS x (node_id)
                ON n.node_id = x.node_id
                WHEN MATCHED THEN UPDATE SET seen_at = ?
                WHEN NOT MATCHED THEN INSERT (node_id, seen_at) VALUES (x.node_id, ?)""", node, DbTime.of(now),
                DbTime.of(now));
    }

    public int liveNodes(Instant since) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dispatch_node WHERE seen_at >= ?", Integer.class,
                DbTime.of(since));
    }

    public void forget(String node) {
        jdbc.update("DELETE FROM dispatch_node WHERE node_id = ?", node);
    }
}
