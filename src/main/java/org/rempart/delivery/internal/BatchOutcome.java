package org.rempart.delivery.internal;

import java.util.List;
import java.util.Optional;

/** What a channel made of a batch: one result per message, and why the channel stopped, if it did. */
record BatchOutcome(List<DeliveryResult> results, Optional<String> haltedFor) {

    BatchOutcome {
        results = List.copyOf(results);
    }
}
