package org.rempart.delivery.internal;

/** A delivery of a range held by this node's lease: ids and the attempts made so far. */
public record ClaimedDelivery(long id, long campaignId, long contactId, int attempts) {
}
