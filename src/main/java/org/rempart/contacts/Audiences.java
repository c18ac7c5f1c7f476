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
     * {@code SELECT c.id, excluded FROM contact c ...}: the contacts of a filter with an id in
     * {@code (afterContact, upToContact]}, each with why it may not be sent to on a channel, the
     * first reason that applies ({@link #NO_ADDRESS}, {@link #NO_CONSENT}, {@link #SUPPRESSED}),
     * or NULL when it may: with an address for it, allowed by its consent, and not suppressed.
     */
    SqlFilter audience(JsonNode filter, Channel channel, long afterContact, long upToContact);

    /** No address for the channel. */
    String NO_ADDRESS = "NO_ADDRESS";
    /** An explicit no, or a prospect's silence. */
    String NO_CONSENT = "NO_CONSENT";
    /** The address is suppressed (unsubscribed, bounced, complained, erased). */
    String SUPPRESSED = "SUPPRESSED";

    /** The filter of a saved segment; a 404 {@link org.rempart.platform.RequestRejectedException} when there is none. */
    JsonNode segmentFilter(long segmentId);

    /** The saved segments, for an audience picker. */
    java.util.List<SavedSegment> savedSegments();
}
