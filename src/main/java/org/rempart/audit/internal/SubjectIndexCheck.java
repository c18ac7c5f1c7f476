package org.rempart.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.rempart.audit.ContactIds;
import org.rempart.audit.ContactIds.Range;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Compares the {@code audit_subject} rows of a run of entries, read in (seq, range) order, with
 * the rows their hashed contacts text gives: the exposure and contact queries read those rows,
 * so a row removed or added in the database must not go unnoticed.
 */
final class SubjectIndexCheck implements RowCallbackHandler {

    private final Map<Long, List<Range>> expected = new HashMap<>();
    private final Map<Long, Integer> matched = new HashMap<>();
    private final Set<Long> mismatched = new TreeSet<>();

    SubjectIndexCheck(List<StoredEntry> entries) {
        for (StoredEntry stored : entries) {
            try {
                expected.put(stored.entry().seq(), SubjectRanges.rows(ContactIds.parse(stored.entry().subjects())));
            } catch (IllegalArgumentException e) {
                mismatched.add(stored.entry().seq());
            }
        }
    }

    @Override
    public void processRow(ResultSet rs) throws SQLException {
        long seq = rs.getLong(1);
        List<Range> rows = expected.get(seq);
        int position = matched.getOrDefault(seq, 0);
        long from = rs.getLong(2);
        long to = rs.getLong(3);
        if (rows == null || position >= rows.size() || rows.get(position).from() != from
                || rows.get(position).to() != to) {
            mismatched.add(seq);
        }
        matched.put(seq, position + 1);
    }

    /** The entries (or, for stray rows, the missing entries) whose rows differ. */
    Set<Long> mismatched() {
        expected.forEach((seq, rows) -> {
            if (matched.getOrDefault(seq, 0) != rows.size()) {
                mismatched.add(seq);
            }
        });
        return mismatched;
    }
}
