package org.rempart.audit;

import java.time.Instant;

/**
 * The contacts that one operator saw as plaintext in a time window: the subjects of their
 * successful entries that state a purpose, merged. What a breach investigation starts from.
 *
 * @param from the start of the window (inclusive), or null for the beginning of the log
 * @param to the end of the window (exclusive), or null for now
 * @param entries how many entries produced plaintext for this operator in the window
 */
public record Exposure(long actorId, Instant from, Instant to, long entries, ContactIds contacts) {
}
