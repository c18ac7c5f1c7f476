package org.rempart.delivery;

import java.util.Map;

/**
 * What a snapshot put into the campaign's deliveries, and whom it left out and why.
 *
 * @param excluded counts by reason: {@code NO_ADDRESS}, {@code NO_CONSENT}, {@code SUPPRESSED},
 *     {@code FREQUENCY_CAP}
 */
public record AudienceSnapshot(long audience, Map<String, Long> excluded) {

    public AudienceSnapshot {
        excluded = Map.copyOf(excluded);
    }

    public long excludedTotal() {
        return excluded.values().stream().mapToLong(Long::longValue).sum();
    }
}
