package org.rempart.audit.internal;

import java.util.ArrayList;
import java.util.List;
import org.rempart.audit.ContactIds;
import org.rempart.audit.ContactIds.Range;

/**
 * How the contacts of an entry are indexed in {@code audit_subject}: its ranges, split so that none
 * crosses a multiple of {@link #SPAN}. The ranges that hold a contact id then all start within
 * {@code SPAN} below it, which bounds the index scan of "which entries concern this contact".
 */
final class SubjectRanges {

    static final long SPAN = 65_536;

    private SubjectRanges() {
    }

    static List<Range> rows(ContactIds contacts) {
        List<Range> rows = new ArrayList<>(contacts.ranges().size());
        for (Range range : contacts.ranges()) {
            long from = range.from();
            while (Math.floorDiv(from, SPAN) != Math.floorDiv(range.to(), SPAN)) {
                long end = (Math.floorDiv(from, SPAN) + 1) * SPAN - 1;
                rows.add(new Range(from, end));
                from = end + 1;
            }
            rows.add(new Range(from, range.to()));
        }
        return rows;
    }

    /** The lowest start of a row that may hold this contact id. */
    static long lowestStart(long contactId) {
        return Math.floorDiv(contactId, SPAN) * SPAN;
    }
}
