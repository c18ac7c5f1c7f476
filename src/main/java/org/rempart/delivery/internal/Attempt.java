package org.rempart.delivery.internal;

import java.time.Instant;
import org.rempart.delivery.internal.DeliveryResult.Failed;
import org.rempart.delivery.internal.DeliveryResult.Retry;

/** One delivery's attempt in a batch: turns a server's answer into what to record. */
record Attempt(ClaimedDelivery delivery, RetryPolicy retries, Instant now) {

    DeliveryResult temporaryFailure(String reason) {
        int made = delivery.attempts() + 1;
        return retries.allowsAnother(made) ? new Retry(delivery.id(), retries.next(made, now), reason, true)
                : new Failed(delivery.id(), "out of retries: " + reason, false);
    }

    /** Not attempted (the channel is down, the node stops): back to the queue as it was. */
    DeliveryResult untried(Instant at, String reason) {
        return new Retry(delivery.id(), at, reason, false);
    }
}
