package org.rempart.audit;

import java.time.Instant;

/**
 * An entry of the audit log as stored: every field its hash covers, read back exactly as written
 * (so that a tampered entry still shows as it now is).
 *
 * @param actorType {@code OPERATOR}, {@code API_TOKEN}, {@code SYSTEM} or {@code ANONYMOUS}
 * @param actorId the operator (also for an API token), or null
 * @param tokenId the API token, or null
 * @param actorName the operator's user name or the system job's name, or null
 * @param subjects the contacts concerned, in the canonical text form of {@link ContactIds}
 * @param outcome a name of {@link Outcome}
 */
public record AuditEntry(
        long seq,
        Instant at,
        String actorType,
        Long actorId,
        Long tokenId,
        String actorName,
        String action,
        String purpose,
        Long purposeRef,
        String reason,
        String subjects,
        long subjectCount,
        String originIp,
        String userAgent,
        String outcome,
        String detail) {
}
