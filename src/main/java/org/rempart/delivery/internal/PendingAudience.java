package org.rempart.delivery.internal;

import java.time.Instant;
import java.util.Map;
import org.rempart.contacts.Channel;

/**
 * A campaign's audience not yet complete: its segment filter (JSON), the frequency cap and time
 * of the send, how far in contact ids it is written, out of {@code lastContact}, how many
 * deliveries that made, and whom it left out.
 *
 * @param state the campaign's dispatch state: once {@code CANCELLED}, nothing more is written
 * @param excluded the contacts left out so far, by reason (those of {@link AudienceRepository.Chunk})
 */
record PendingAudience(long campaignId, Channel channel, String state, String filter, int frequencyCap, Instant at,
        long writtenTo, long lastContact, long written, Map<String, Long> excluded) {

    PendingAudience {
        excluded = Map.copyOf(excluded);
    }

    /** Nothing more to write: all of it is, or the campaign was cancelled. */
    boolean allWritten() {
        return writtenTo >= lastContact || state.equals("CANCELLED");
    }
}
