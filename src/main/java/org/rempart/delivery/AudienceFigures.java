package org.rempart.delivery;

import java.util.Map;

/**
 * What a campaign's audience put into its deliveries, and whom it left out and why.
 *
 * @param excluded counts by reason: {@code NO_ADDRESS}, {@code NO_CONSENT}, {@code SUPPRESSED},
 *     {@code FREQUENCY_CAP}
 */
public record AudienceFigures(long audience, Map<String, Long> excluded) {

    public AudienceFigures {
        excluded = Map.copyOf(excluded);
    }
}
