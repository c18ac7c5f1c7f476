package org.rempart.contacts;

import java.util.Map;

/**
 * A segment's contacts on a channel: how many may be sent to, and how many are left out, by
 * reason ({@code NO_ADDRESS}, {@code NO_CONSENT}, {@code SUPPRESSED}; each contact counted once,
 * under the first reason that applies).
 */
public record AudienceCounts(long eligible, Map<String, Long> excluded) {

    public AudienceCounts {
        excluded = Map.copyOf(excluded);
    }
}
