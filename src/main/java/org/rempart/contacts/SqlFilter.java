package org.rempart.contacts;

import java.util.List;

/**
 * A condition over {@code contact c}, compiled from a segment filter: SQL text built only from
 * Rempart's own fragments, every user value a {@code ?} parameter, in order.
 */
public record SqlFilter(String sql, List<Object> parameters) {

    public SqlFilter {
        parameters = List.copyOf(parameters);
    }
}
