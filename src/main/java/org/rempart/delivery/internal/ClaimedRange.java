package org.rempart.delivery.internal;

import java.util.List;

/**
 * A range of a campaign's deliveries, from one contact id to another, leased to one claim of this
 * node ({@code owner}: the node and the claim, so that two workers of a node never both hold it),
 * with those of its deliveries that are pending and due.
 */
record ClaimedRange(long campaignId, long firstContact, long lastContact, String owner,
        List<ClaimedDelivery> deliveries) {
}
