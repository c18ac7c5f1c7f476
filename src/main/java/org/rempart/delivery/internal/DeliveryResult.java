package org.rempart.delivery.internal;

import java.time.Instant;
import java.util.List;

/** What to write back for one delivery of a batch. */
sealed interface DeliveryResult {

    long deliveryId();

    /** Accepted by the server; SMSC message ids, when there are, for the receipts. */
    record Sent(long deliveryId, List<String> providerIds) implements DeliveryResult {
    }

    /** Another attempt at {@code at}; {@code counts} says whether this one counted as an attempt. */
    record Retry(long deliveryId, Instant at, String reason, boolean counts) implements DeliveryResult {
    }

    /** Failed for good; {@code bounced} when the server refused the address. */
    record Failed(long deliveryId, String reason, boolean bounced) implements DeliveryResult {
    }
}
