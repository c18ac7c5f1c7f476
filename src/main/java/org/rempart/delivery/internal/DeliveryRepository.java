package org.rempart.delivery.internal;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.rempart.contacts.Channel;
import org.rempart.delivery.DeliveryCounts;
import org.rempart.delivery.DeliveryRef;
import org.rempart.delivery.Dispatch.HourlyCount;
import org.rempart.platform.Database;
import org.rempart.platform.DbTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The SQL of the dispatch engine: ranges claimed under lease, results, dispatch state, nodes. */
@Repository
public class DeliveryRepository {

    /**
     * The condition on a range that its claim still holds; its parameters, last in the statement,
     * are the range's campaign id, first contact and owner.
     */
    private static final String HELD_BY_CLAIM = " WHERE campaign_id = ? AND first_contact = ? AND lease_owner = ?";

    private static final RowMapper<ClaimedDelivery> CLAIMED = (rs, n) -> new ClaimedDelivery(rs.getLong(1),
            rs.getLong(2), rs.getLong(3), rs.getInt(4));

    private static final RowMapper<DeliveryRef> REF = (rs, n) -> new DeliveryRef(rs.getLong(1), rs.getLong(2),
            rs.getLong(3), Channel.valueOf(rs.getString(4)));

    /** Marks the deliveries {@code :ids} sent at {@code :now}, unless a result was recorded already. */
    private static final String MARK_SENT = "UPDATE delivery SET status = 'SENT', attempts = attempts + 1,"
            + " sent_at = :now, outcome = NULL WHERE id IN (:ids) AND status = 'PENDING'";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final TransactionTemplate transactions;
    private final Database database;

    DeliveryRepository(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Database database) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.transactions = new TransactionTemplate(transactionManager);
        this.database = database;
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

    /**
     * Cancels the campaign's pending deliveries but those of ranges under a live lease (their node
     * cancels them once it has given the range back; a dead node's, once its lease has expired),
     * and forgets the ranges left with nothing pending.
     */
    public int cancelPending(long campaignId, Instant now) {
        int cancelled = jdbc.update("UPDATE delivery SET status = 'CANCELLED', outcome = 'cancelled'"
                + " WHERE campaign_id = ? AND status = 'PENDING' AND NOT EXISTS (SELECT 1 FROM delivery_range r"
                + " WHERE r.campaign_id = delivery.campaign_id AND delivery.contact_id BETWEEN r.first_contact"
                + " AND r.last_contact AND r.lease_until >= ?)", campaignId, DbTime.of(now));
        jdbc.update("DELETE FROM delivery_range WHERE campaign_id = ? AND NOT EXISTS (SELECT 1 FROM delivery d"
                + " WHERE d.campaign_id = delivery_range.campaign_id AND d.contact_id BETWEEN"
                + " delivery_range.first_contact AND delivery_range.last_contact AND d.status = 'PENDING')",
                campaignId);
        return cancelled;
    }

    /** Cancelled campaigns that still have ranges: those held by a node when the cancel came. */
    public List<Long> cancelledWithRanges() {
        return jdbc.queryForList("SELECT DISTINCT r.campaign_id FROM delivery_range r JOIN dispatch d"
                + " ON d.campaign_id = r.campaign_id WHERE d.state = 'CANCELLED'", Long.class);
    }

    /**
     * Whether anything of the campaign is still to send: its audience not complete, deliveries not
     * cut into a range yet, or a range not done. In that order: deliveries only ever move from one
     * kind to the next, so what moves between two looks is still seen. Any delivery after the
     * cursor counts: only a cancel, which ends the dispatch anyway, leaves one there that is not
     * pending; and the first one is read from the index, where a condition on the status would
     * make PostgreSQL read all of them.
     */
    public boolean anyPending(long campaignId) {
        return !jdbc.queryForList("SELECT 1 FROM dispatch WHERE campaign_id = ? AND audience_to IS NOT NULL",
                Integer.class, campaignId).isEmpty()
                || !jdbc.queryForList("SELECT 1 FROM delivery WHERE campaign_id = ?"
                + " AND contact_id > (SELECT claimed_to FROM dispatch WHERE campaign_id = ?)"
                + " ORDER BY campaign_id, contact_id FETCH FIRST 1 ROWS ONLY", Integer.class, campaignId, campaignId)
                .isEmpty()
                || !jdbc.queryForList("SELECT 1 FROM delivery_range WHERE campaign_id = ? FETCH FIRST 1 ROWS ONLY",
                        Integer.class, campaignId).isEmpty();
    }

    // ---- claims and results

    /**
     * Leases a range of the campaign's deliveries to {@code owner}: a range that is due again (a
     * retry's time has come, or its node died) if there is one, else the next {@code limit}
     * deliveries after the last range cut. Must run in a transaction. A delivery is read
     * here and written again only with its result: no lock nor lease on the row itself.
     */
    public Optional<ClaimedRange> claim(long campaignId, int limit, String owner, Instant now, Instant leaseUntil) {
        Optional<ClaimedRange> due = claimDue(campaignId, owner, now, leaseUntil);
        return due.isPresent() ? due : cutNext(campaignId, limit, owner, now, leaseUntil);
    }

    /** No ORDER BY: H2 would apply the limit before skipping the locked rows, and return nothing. */
    private Optional<ClaimedRange> claimDue(long campaignId, String owner, Instant now, Instant leaseUntil) {
        List<long[]> ranges = jdbc.query("SELECT first_contact, last_contact FROM delivery_range WHERE campaign_id = ?"
                + " AND due_at <= ? AND (lease_until IS NULL OR lease_until < ?)"
                + " FETCH FIRST 1 ROWS ONLY FOR UPDATE SKIP LOCKED",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, campaignId, DbTime.of(now), DbTime.of(now));
        if (ranges.isEmpty()) {
            return Optional.empty();
        }
        long first = ranges.getFirst()[0];
        long last = ranges.getFirst()[1];
        jdbc.update("UPDATE delivery_range SET lease_owner = ?, lease_until = ? WHERE campaign_id = ?"
                + " AND first_contact = ?", owner, DbTime.of(leaseUntil), campaignId, first);
        List<ClaimedDelivery> due = jdbc.query("SELECT id, campaign_id, contact_id, attempts FROM delivery"
                + " WHERE campaign_id = ? AND contact_id BETWEEN ? AND ? AND status = 'PENDING'"
                + " AND next_attempt_at <= ?",
                CLAIMED, campaignId, first, last, DbTime.of(now));
        return Optional.of(new ClaimedRange(campaignId, first, last, owner, due));
    }

    /** Cuts the next range, the campaign's dispatch row locked so that two nodes never cut the same one. */
    private Optional<ClaimedRange> cutNext(long campaignId, int limit, String owner, Instant now, Instant leaseUntil) {
        List<Long> cursor = jdbc.queryForList("SELECT claimed_to FROM dispatch WHERE campaign_id = ? FOR UPDATE",
                Long.class, campaignId);
        if (cursor.isEmpty()) {
            return Optional.empty();
        }
        // Read in the order of the (campaign_id, contact_id) index, both columns named for H2, and
        // without the status in the condition, for which PostgreSQL would sort the rest of the
        // campaign instead.
        List<CutRow> rows = jdbc.query("SELECT id, campaign_id, contact_id, attempts, status, next_attempt_at"
                + " FROM delivery WHERE campaign_id = ? AND contact_id > ? ORDER BY campaign_id, contact_id"
                + " FETCH FIRST ? ROWS ONLY",
                (rs, n) -> new CutRow(CLAIMED.mapRow(rs, n), rs.getString("status").equals("PENDING")
                        && !DbTime.read(rs, "next_attempt_at").isAfter(now)), campaignId, cursor.getFirst(), limit);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<ClaimedDelivery> due = rows.stream().filter(CutRow::due).map(CutRow::delivery).toList();
        long first = cursor.getFirst() + 1;
        long last = rows.getLast().delivery().contactId();
        jdbc.update("UPDATE dispatch SET claimed_to = ? WHERE campaign_id = ?", last, campaignId);
        jdbc.update("INSERT INTO delivery_range (campaign_id, first_contact, last_contact, due_at, lease_owner,"
                + " lease_until) VALUES (?, ?, ?, ?, ?, ?)", campaignId, first, last, DbTime.of(now), owner,
                DbTime.of(leaseUntil));
        return Optional.of(new ClaimedRange(campaignId, first, last, owner, due));
    }

    /** A delivery of a range being cut, and whether it is to be sent now. */
    private record CutRow(ClaimedDelivery delivery, boolean due) {
    }

    /** Extends the lease on the range; false when its claim holds it no more. */
    public boolean renewLease(ClaimedRange range, Instant until) {
        return jdbc.update("UPDATE delivery_range SET lease_until = ?" + HELD_BY_CLAIM, DbTime.of(until),
                range.campaignId(), range.firstContact(), range.owner()) == 1;
    }

    /**
     * Gives the range back while its claim holds it: deleted when nothing in it is pending any
     * more, otherwise due again at its earliest retry, and not before {@code notBefore}.
     */
    public void settle(ClaimedRange range, Instant notBefore) {
        Instant next = jdbc.query("SELECT MIN(next_attempt_at) AS next FROM delivery WHERE campaign_id = ?"
                + " AND contact_id BETWEEN ? AND ? AND status = 'PENDING'", (ResultSet rs) -> rs.next()
                        ? DbTime.read(rs, "next") : null, range.campaignId(), range.firstContact(),
                range.lastContact());
        if (next == null) {
            jdbc.update("DELETE FROM delivery_range" + HELD_BY_CLAIM, range.campaignId(), range.firstContact(),
                    range.owner());
        } else {
            jdbc.update("UPDATE delivery_range SET due_at = ?, lease_owner = NULL, lease_until = NULL"
                    + HELD_BY_CLAIM, DbTime.of(next.isAfter(notBefore) ? next : notBefore), range.campaignId(),
                    range.firstContact(), range.owner());
        }
    }

    /**
     * Writes results in one transaction: one commit, not one per row, for a database that flushes
     * its log at each (a group all sent, the usual one, goes by {@link #markSentThenStates}
     * instead). A sent message is recorded whoever holds the range now (it went out);
     * a retry or a failure only while the range's claim still holds it, the range locked meanwhile, so
     * that a worker whose lease expired cannot undo the work of the one that took the range over.
     */
    public void record(Collection<DeliveryResult> results, ClaimedRange range, Instant now) {
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
                        r.reason(), r.deliveryId()});
                case DeliveryResult.Failed f -> failures.add(new Object[] {f.reason(), f.bounced(), f.deliveryId()});
            }
        }
        if (results.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(tx -> {
            markSent(sent, now);
            jdbc.batchUpdate("INSERT INTO delivery_message_id (provider_id, delivery_id) VALUES (?, ?)", providerIds);
            // Only retries and failures need the range: a group of SMS, all sent, adds their ids alone.
            if ((!retries.isEmpty() || !failures.isEmpty()) && lockIfHeld(range)) {
                jdbc.batchUpdate("UPDATE delivery SET attempts = attempts + ?, next_attempt_at = ?, outcome = ?"
                        + " WHERE id = ? AND status = 'PENDING'", retries);
                jdbc.batchUpdate("UPDATE delivery SET status = 'FAILED', attempts = attempts + 1, outcome = ?,"
                        + " bounced = ? WHERE id = ? AND status = 'PENDING'", failures);
            }
        });
    }

    /**
     * Marks the deliveries {@code ids} sent (those still pending), then reads the dispatch state
     * of the {@code campaigns}, by campaign: on PostgreSQL in one statement.
     */
    public Map<Long, String> markSentThenStates(Collection<Long> ids, Collection<Long> campaigns, Instant now) {
        Map<String, Object> parameters = Map.of("now", DbTime.of(now), "ids", ids, "campaigns", Set.copyOf(campaigns));
        String states = "SELECT campaign_id, state FROM dispatch WHERE campaign_id IN (:campaigns)";
        if (database.isPostgres()) {
            return statesOf(named.queryForList("WITH sent AS (" + MARK_SENT + " RETURNING id) " + states, parameters));
        }
        markSent(ids, now);
        return statesOf(named.queryForList(states, parameters));
    }

    private static Map<Long, String> statesOf(List<Map<String, Object>> rows) {
        return rows.stream().collect(Collectors.toMap(row -> ((Number) row.get("campaign_id")).longValue(),
                row -> (String) row.get("state")));
    }

    /** Locks the range until the transaction ends, if its claim still holds it. */
    private boolean lockIfHeld(ClaimedRange range) {
        return !jdbc.queryForList("SELECT 1 FROM delivery_range" + HELD_BY_CLAIM + " FOR UPDATE", Integer.class,
                range.campaignId(), range.firstContact(), range.owner()).isEmpty();
    }

    private void markSent(Collection<Long> sent, Instant now) {
        if (!sent.isEmpty()) {
            named.update(MARK_SENT, Map.of("now", DbTime.of(now), "ids", sent));
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

    /** When the campaign's earliest range is due again: in the past while a node sends one, else its earliest retry. */
    public Optional<Instant> nextAttempt(long campaignId) {
        return Optional.ofNullable(jdbc.query("SELECT MIN(due_at) AS next FROM delivery_range WHERE campaign_id = ?",
                (ResultSet rs) -> rs.next() ? DbTime.read(rs, "next") : null, campaignId));
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
