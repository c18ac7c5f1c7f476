package org.rempart.contacts;

import tools.jackson.databind.JsonNode;

/**
 * Segment filters as SQL, for the modules that pick recipients (campaign audiences).
 * Invalid filters throw {@link org.rempart.platform.RequestRejectedException} naming the field or op.
 */
public interface Audiences {

    /** The contacts a filter selects, as a condition over {@code contact c}. */
    SqlFilter segment(JsonNode filter);

    /**
     * {@code SELECT c.id FROM contact c ...}: the contacts of a filter with an id in {@code
     * (afterContact, upToContact]} that may be sent to on a channel: with an address for it,
     * allowed by their consent, and not suppressed.
     */
    SqlFilter audience(JsonNode filter, Channel channel, long afterContact, long upToContact);

    /**
     * The contacts of a filter, up to a contact id, that may be sent to on a channel, and those
     * left out.
     */
    AudienceCounts counts(JsonNode filter, Channel channel, long upToContact);

    /** The filter of a saved segment; a 404 {@link org.rempart.platform.RequestRejectedException} when there is none. */
    JsonNode segmentFilter(long segmentId);

    /** The saved segments, for an audience picker. */
    java.util.List<SavedSegment> savedSegments();
}
