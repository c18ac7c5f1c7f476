package org.rempart.delivery.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How many messages the capture outbox keeps ({@code REMPART_OUTBOX_CAPACITY}); the oldest go first. */
@ConfigurationProperties("rempart.outbox")
record OutboxSettings(@DefaultValue("1000") int capacity) {

    OutboxSettings {
        if (capacity < 1 || capacity > 100_000) {
            throw new IllegalArgumentException("REMPART_OUTBOX_CAPACITY must be between 1 and 100000");
        }
    }
}
