package org.rempart.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A set of contact ids kept as sorted, disjoint, inclusive ranges, so that a batch of a thousand
 * recipients is a few ranges rather than a thousand rows.
 */
public record ContactIds(List<Range> ranges) {

    public record Range(long from, long to) {
        public Range {
            if (from > to) {
                throw new IllegalArgumentException("empty range");
            }
        }

        public long size() {
            return to - from + 1;
        }
    }

    public static final ContactIds NONE = new ContactIds(List.of());

    public ContactIds {
        ranges = List.copyOf(ranges);
    }

    public static ContactIds of(long... ids) {
        long[] sorted = ids.clone();
        Arrays.sort(sorted);
        List<Range> ranges = new ArrayList<>();
        int i = 0;
        while (i < sorted.length) {
            long from = sorted[i];
            long to = from;
            while (i + 1 < sorted.length && sorted[i + 1] <= to + 1) {
                to = Math.max(to, sorted[++i]);
            }
            ranges.add(new Range(from, to));
            i++;
        }
        return new ContactIds(ranges);
    }

    public static ContactIds of(Collection<Long> ids) {
        return of(ids.stream().mapToLong(Long::longValue).toArray());
    }

    public long count() {
        return ranges.stream().mapToLong(Range::size).sum();
    }

    public boolean contains(long id) {
        return ranges.stream().anyMatch(r -> r.from() <= id && id <= r.to());
    }

    /** {@code 1-1000,1005}: the canonical text form, also used in the hash of an entry. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Range r : ranges) {
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(r.from());
            if (r.to() != r.from()) {
                text.append('-').append(r.to());
            }
        }
        return text.toString();
    }

    public static ContactIds parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        List<Range> ranges = new ArrayList<>();
        for (String part : text.split(",")) {
            int dash = part.indexOf('-', 1);
            long from = Long.parseLong(dash < 0 ? part : part.substring(0, dash));
            long to = dash < 0 ? from : Long.parseLong(part.substring(dash + 1));
            ranges.add(new Range(from, to));
        }
        return new ContactIds(ranges);
    }
}
