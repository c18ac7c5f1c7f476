package org.rempart.audit;

import java.time.Instant;

/** Reads the audit log. */
public interface AuditTrail {

    /** Entries matching the filter, newest first. */
    AuditPage search(AuditFilter filter, int page, int size);

    /**
     * The contacts an operator (or one of their API tokens) saw as plaintext between two times,
     * either of which may be null for an open bound.
     */
    Exposure exposure(long actorId, Instant from, Instant to);
}
