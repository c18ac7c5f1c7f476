package org.rempart.delivery.sms;

import java.time.Duration;

/** Exponential backoff: the first delay, doubled at each further attempt, up to a ceiling. */
record Backoff(Duration first, Duration max) {

    /** The delay before attempt {@code attempt + 1}, {@code attempt} counting from 1. */
    Duration after(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
