package org.rempart.delivery.internal;

import java.util.List;

/**
 * A range of a campaign's deliveries, from one contact id to another, held by this node's lease,
 * with those of its deliveries that are pending and due.
 */
record ClaimedRange(long campaignId, long firstContact, long lastContact, List<ClaimedDelivery> deliveries) {
}
