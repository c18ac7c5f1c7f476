package org.rempart.vault;

import java.util.Collection;

/**
 * The single hook through which every plaintext access is checked before any decryption (reveal
 * budgets, canaries, approvals). Without a guard bean, every access is allowed.
 */
public interface AccessGuard {

    /** Throws {@link org.springframework.security.access.AccessDeniedException} to refuse. */
    void check(AccessPurpose purpose, Collection<Long> contactIds);
}
