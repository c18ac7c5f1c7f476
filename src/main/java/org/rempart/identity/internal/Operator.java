package org.rempart.identity.internal;

import java.time.Instant;
import java.util.Set;
import org.rempart.identity.Role;

/** An operator account as stored. */
public record Operator(
        long id,
        String username,
        String email,
        String passwordHash,
        boolean mustChangePassword,
        boolean disabled,
        String sealedTotpKey,
        Long totpLastStep,
        String timeZone,
        Instant createdAt,
        Instant lastLoginAt,
        Set<Role> roles) {

    public Operator {
        roles = Role.sortedSet(roles);
    }

    public boolean mfaEnrolled() {
        return sealedTotpKey != null;
    }

    public boolean mfaRequired() {
        return roles.stream().anyMatch(Role::requiresMfa);
    }
}
