package org.rempart.audit;

import java.time.Instant;

/**
 * What to look for in the audit log; every field may be null (no condition).
 *
 * @param contactId entries concerning this contact
 * @param actorId entries by this operator, in a session or with one of their API tokens
 * @param action entries with exactly this action
 * @param from entries at or after this time
 * @param to entries before this time
 */
public record AuditFilter(Long contactId, Long actorId, String action, Instant from, Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);
}
