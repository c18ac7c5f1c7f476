package org.rempart.audit.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.rempart.audit.AuditEntry;
import org.rempart.audit.AuditFilter;
import org.rempart.audit.AuditPage;
import org.rempart.audit.AuditTrail;
import org.rempart.audit.ContactIds;
import org.rempart.audit.Exposure;
import org.rempart.audit.Outcome;
import org.rempart.platform.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The queries of the audit log: the filtered, paginated list and the exposure of an operator. */
@Repository
class JdbcAuditTrail implements AuditTrail {

    private final JdbcClient jdbc;

    JdbcAuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AuditPage search(AuditFilter filter, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        if (filter.contactId() != null) {
            // Index rows never cross a multiple of SubjectRanges.SPAN: those holding the contact start in its span.
            conditions.add("""
                    seq IN (SELECT s.seq FROM audit_subject s
                            WHERE s.range_from BETWEEN :lowestStart AND :contact AND s.range_to >= :contact)""");
            params.put("lowestStart", SubjectRanges.lowestStart(filter.contactId()));
            params.put("contact", filter.contactId());
        }
        if (filter.actorId() != null) {
            conditions.add("actor_id = :actor");
            params.put("actor", filter.actorId());
        }
        if (filter.action() != null) {
            conditions.add("action = :action");
            params.put("action", filter.action());
        }
        window(filter.from(), filter.to(), conditions, params);
        params.put("limit", size + 1);
        params.put("offset", (long) page * size);
        List<AuditEntry> entries = jdbc.sql("SELECT " + StoredEntry.COLUMNS + " FROM audit_entry"
                        + where(conditions) + " ORDER BY seq DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> StoredEntry.read(rs, n).entry())
                .list();
        boolean hasNext = entries.size() > size;
        return new AuditPage(hasNext ? entries.subList(0, size) : entries, page, size, hasNext);
    }

    @Override
    public Exposure exposure(long actorId, Instant from, Instant to) {
        Map<String, Object> params = new LinkedHashMap<>();
        // Columns of audit_entry only, so that they need no table name in the join.
        List<String> conditions = new ArrayList<>(List.of("actor_id = :actor", "purpose IS NOT NULL",
                "outcome = :success"));
        params.put("actor", actorId);
        params.put("success", Outcome.SUCCESS.name());
        window(from, to, conditions, params);
        String where = where(conditions);
        long entries = jdbc.sql("SELECT COUNT(*) FROM audit_entry e" + where).params(params)
                .query(Long.class).single();
        LongStream.Builder starts = LongStream.builder();
        LongStream.Builder ends = LongStream.builder();
        jdbc.sql("SELECT s.range_from, s.range_to FROM audit_entry e JOIN audit_subject s ON s.seq = e.seq" + where)
                .params(params)
                .query(rs -> {
                    starts.add(rs.getLong(1));
                    ends.add(rs.getLong(2));
                });
        return new Exposure(actorId, from, to, entries, union(starts.build().toArray(), ends.build().toArray()));
    }

    /**
     * The union of inclusive ranges, merging overlapping and adjacent ones: a sweep over the sorted
     * starts and the sorted ends (each end taken just after its last id), counting open ranges.
     * Sorting two primitive arrays keeps millions of ranges fast and small.
     */
    static ContactIds union(long[] starts, long[] ends) {
        if (starts.length == 0) {
            return ContactIds.NONE;
        }
        Arrays.sort(starts);
        Arrays.sort(ends);
        List<ContactIds.Range> merged = new ArrayList<>();
        int open = 0;
        int s = 0;
        int e = 0;
        long mergedFrom = 0;
        while (s < starts.length) {
            if (starts[s] <= ends[e] + 1) {
                if (open++ == 0) {
                    mergedFrom = starts[s];
                }
                s++;
            } else {
                if (--open == 0) {
                    merged.add(new ContactIds.Range(mergedFrom, ends[e]));
                }
                e++;
            }
        }
        // The ranges still open all close at the last end.
        merged.add(new ContactIds.Range(mergedFrom, ends[ends.length - 1]));
        return new ContactIds(merged);
    }

    private static void window(Instant from, Instant to, List<String> conditions, Map<String, Object> params) {
        if (from != null) {
            conditions.add("at >= :from");
            params.put("from", DbTime.of(from));
        }
        if (to != null) {
            conditions.add("at < :to");
            params.put("to", DbTime.of(to));
        }
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
