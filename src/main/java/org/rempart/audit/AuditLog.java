package org.rempart.audit;

import java.util.List;

/**
 * The append-only, hash-chained log of every plaintext access and every security-relevant action.
 * Appends commit on their own, before the caller goes on: when this throws, nothing was recorded
 * and the caller must not proceed (the vault returns no plaintext).
 */
public interface AuditLog {

    /** Appends one entry and returns its sequence number. */
    long append(AuditRecord record);

    /** Appends entries in one locked batch, in order, and returns their sequence numbers. */
    List<Long> appendAll(List<AuditRecord> records);
}
