package org.rempart.audit.internal;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.rempart.audit.Actor;
import org.rempart.audit.AuditChain;
import org.rempart.audit.AuditLog;
import org.rempart.audit.AuditRecord;
import org.rempart.audit.AuditVerification;
import org.rempart.audit.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs a verification, records it in the log itself ({@code audit.verify}), logs a broken chain as
 * an error and keeps the latest result for the alert that the layout shows.
 */
@Service
class ChainVerification implements AuditChain {

    static final String ACTION = "audit.verify";
    private static final Logger log = LoggerFactory.getLogger(ChainVerification.class);

    private final AuditVerifier verifier;
    private final AuditLog auditLog;
    private final AtomicReference<AuditVerification> latest = new AtomicReference<>();

    ChainVerification(AuditVerifier verifier, AuditLog auditLog) {
        this.verifier = verifier;
        this.auditLog = auditLog;
    }

    @Override
    public AuditVerification verify() {
        return verify(null);
    }

    /** Verifies on behalf of this actor, or of the current request's when null. */
    AuditVerification verify(Actor actor) {
        AuditVerification result = verifier.verify();
        latest.set(result);
        if (result.valid()) {
            log.info("Audit log verified: {} entries, {} signed checkpoints", result.entries(), result.checkpoints());
        } else {
            log.error("The audit log is NOT intact: first invalid entry {}: {}", result.firstInvalidSeq(),
                    result.problem());
        }
        auditLog.append(new AuditRecord(actor, ACTION, null, null, null, null, null,
                result.valid() ? Outcome.SUCCESS : Outcome.FAILURE,
                "entries=" + result.entries() + " firstInvalidSeq=" + result.firstInvalidSeq()));
        return result;
    }

    @Override
    public Optional<AuditVerification> latest() {
        return Optional.ofNullable(latest.get());
    }
}
