package org.rempart.audit.internal;

import java.time.Instant;

/** An audit entry as stored, every field that its hash covers. */
record StoredEntry(
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
        String detail,
        byte[] hash) {
}
