package org.rempart.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rempart.audit.Outcome;
import org.rempart.vault.SecretBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Second factor: TOTP enrolment and verification, recovery codes, reset by an administrator. */
@Service
public class MfaEnrolment {

    private static final Logger log = LoggerFactory.getLogger(MfaEnrolment.class);
    static final int RECOVERY_CODES = 10;

    private final OperatorRepository repository;
    private final SecretGenerator secrets;
    private final Totp totp;
    private final IdentityAudit audit;
    private final Clock clock;
    private final SecretBox sealedKeys;

    MfaEnrolment(OperatorRepository repository, SecretGenerator secrets, Totp totp, IdentityAudit audit, Clock clock,
            SecretBox sealedKeys) {
        this.sealedKeys = sealedKeys;
        this.audit = audit;
        this.repository = repository;
        this.secrets = secrets;
        this.totp = totp;
        this.clock = clock;
    }

    /** A fresh key to show to the operator; nothing is stored until they prove their app has it. */
    public String newKey() {
        return SecretGenerator.base32(secrets.totpKey());
    }

    public String uri(String username, String base32Key) {
        return Totp.uri("Rempart", username, base32Key);
    }

    /**
     * Stores the key once the operator typed a valid code from it, and returns new recovery codes
     * (shown once, stored hashed); empty when the code does not match.
     */
    @Transactional
    public List<String> confirm(long operatorId, String base32Key, String code) {
        var step = totp.matchingStep(SecretGenerator.fromBase32(base32Key), code == null ? null : code.trim());
        if (step.isEmpty()) {
            return List.of();
        }
        repository.updateTotp(operatorId, sealedKeys.seal(base32Key, totpContext(operatorId)), step.getAsLong());
        log.info("Operator {} enrolled a second factor", operatorId);
        audit.record(IdentityAudit.MFA_ENROLLED, "operator " + operatorId);
        return newRecoveryCodes(operatorId);
    }

    /** Checks a TOTP code (each usable once) or an unused recovery code. */
    @Transactional
    public boolean verify(Operator operator, String input) {
        if (operator.sealedTotpKey() == null || input == null) {
            return false;
        }
        String code = input.trim().replace(" ", "");
        String key = sealedKeys.open(operator.sealedTotpKey(), totpContext(operator.id()));
        var step = totp.matchingStep(SecretGenerator.fromBase32(key), code);
        if (step.isPresent() && repository.advanceTotpStep(operator.id(), step.getAsLong())) {
            return true;
        }
        if (step.isEmpty() && repository.useRecoveryCode(operator.id(), hash(code), clock.instant())) {
            log.info("Operator {} signed in with a recovery code", operator.id());
            audit.record(operator, IdentityAudit.MFA_RECOVERY_CODE_USED, Outcome.SUCCESS,
                    unusedRecoveryCodes(operator.id()) + " recovery codes left");
            return true;
        }
        audit.record(operator, IdentityAudit.MFA_FAILURE, Outcome.DENIED,
                step.isPresent() ? "a code already used" : "wrong code");
        return false;
    }

    /** A sealed TOTP key opens only for its own operator. */
    private static String totpContext(long operatorId) {
        return "totp:operator:" + operatorId;
    }

    public int unusedRecoveryCodes(long operatorId) {
        return repository.unusedRecoveryCodes(operatorId);
    }

    /** For a lost device: the operator enrols again at next sign-in (if their roles require it). */
    @Transactional
    public void reset(long operatorId) {
        repository.updateTotp(operatorId, null, null);
        repository.replaceRecoveryCodes(operatorId, List.of());
        log.info("Second factor of operator {} reset by an administrator", operatorId);
        audit.record(IdentityAudit.MFA_RESET, "operator " + operatorId);
    }

    private List<String> newRecoveryCodes(long operatorId) {
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = secrets.recoveryCode();
            codes.add(code);
            hashes.add(hash(code));
        }
        repository.replaceRecoveryCodes(operatorId, hashes);
        return codes;
    }

    static String hash(String code) {
        return Sha256.hex(code.toLowerCase(Locale.ROOT));
    }
}
