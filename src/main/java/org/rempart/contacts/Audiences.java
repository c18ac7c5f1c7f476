package org.rempart.contacts;

import tools.jackson.databind.JsonNode;

/**
 * Segment filters as SQL, for the modules that pick recipients (campaign audience snapshots).
 * Invalid filters throw {@link org.rempart.platform.RequestRejectedException} naming the field or op.
 */
public interface Audiences {

    /** The contacts a filter selects, as a condition over {@code contact c}. */
    SqlFilter segment(JsonNode filter);

    /**
     * {@code SELECT c.id FROM contact c ...}: the contacts of a filter that may be sent to on a
     * channel: with an address for it, allowed by their consent, and not suppressed.
     */
    SqlFilter audience(JsonNode filter, Channel channel);
}
