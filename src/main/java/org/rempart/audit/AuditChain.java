package org.rempart.audit;

import java.util.Optional;

/** Checks the audit log for tampering. */
public interface AuditChain {

    /**
     * Verifies the whole log (it takes time: a streaming pass over every entry), records the run
     * as an {@code audit.verify} entry and keeps the result as the latest one.
     */
    AuditVerification verify();

    /** The result of the latest verification since start-up, if one has finished. */
    Optional<AuditVerification> latest();
}
