package org.rempart.identity.internal;

import org.rempart.audit.Actor;
import org.rempart.audit.AuditLog;
import org.rempart.audit.AuditRecord;
import org.rempart.audit.Outcome;
import org.springframework.stereotype.Component;

/**
 * Records the security-relevant actions of sign-in and account administration in the audit log,
 * under stable action names. Details name operators and tokens by id, never by personal data.
 */
@Component
class IdentityAudit {

    static final String SIGNIN_SUCCESS = "identity.signin.success";
    static final String SIGNIN_FAILURE = "identity.signin.failure";
    static final String ACCOUNT_LOCKED = "identity.account.locked";
    static final String MFA_ENROLLED = "identity.mfa.enrolled";
    static final String MFA_FAILURE = "identity.mfa.failure";
    static final String MFA_RECOVERY_CODE_USED = "identity.mfa.recovery-code-used";
    static final String MFA_RESET = "identity.mfa.reset";
    static final String PASSWORD_CHANGED = "identity.password.changed";
    static final String PASSWORD_RESET = "identity.password.reset";
    static final String OPERATOR_CREATED = "identity.operator.created";
    static final String ROLES_CHANGED = "identity.operator.roles-changed";
    static final String OPERATOR_DISABLED = "identity.operator.disabled";
    static final String OPERATOR_ENABLED = "identity.operator.enabled";
    static final String TOKEN_CREATED = "identity.token.created";
    static final String TOKEN_REVOKED = "identity.token.revoked";

    private final AuditLog auditLog;

    IdentityAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /** An action by whoever the current request is (an administrator, the operator, or Rempart itself). */
    void record(String action, String detail) {
        auditLog.append(AuditRecord.action(action, Outcome.SUCCESS, detail));
    }

    /** An action of this operator's own sign-in, before the session knows them. */
    void record(Operator operator, String action, Outcome outcome, String detail) {
        record(new Actor.Operator(operator.id(), operator.username()), action, outcome, detail);
    }

    void record(Actor actor, String action, Outcome outcome, String detail) {
        auditLog.append(new AuditRecord(actor, action, null, null, null, null, null, outcome, detail));
    }
}
