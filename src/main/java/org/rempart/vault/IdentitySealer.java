package org.rempart.vault;

import java.util.Collection;

/**
 * The bulk path for imports: identities of new contacts are encrypted ahead, on several threads
 * at once, then stored in one batch inside the caller's transaction. Nothing is decrypted here,
 * so nothing is audited (as for {@link Vault#replace}).
 */
public interface IdentitySealer {

    /** Encrypts a new contact's identity under a fresh data key bound to {@code contactId}; stores nothing. Thread-safe. */
    SealedIdentity seal(long contactId, ContactIdentity identity);

    /** Stores sealed identities of contacts that have no data key yet. */
    void store(Collection<SealedIdentity> sealed);
}
