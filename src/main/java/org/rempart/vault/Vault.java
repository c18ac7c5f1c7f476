package org.rempart.vault;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The only way between contacts' identifiers and their ciphertext. Plaintext goes out only
 * through {@link #reveal}, for a stated purpose, checked by the guard hook and recorded in the
 * audit log before it is returned.
 */
public interface Vault {

    /** Encrypts and stores identities, replacing what was stored (a new contact gets its own data key). */
    void replace(Map<Long, ContactIdentity> identities);

    /**
     * Merges identities into what is stored: each non-null field replaces the stored one, an empty
     * one keeps it. The stored plaintext never leaves the vault.
     */
    void merge(Map<Long, ContactIdentity> updates);

    /** Plaintext of contacts for one purpose: checked, recorded, then returned. */
    RevealedIdentities reveal(Collection<Long> contactIds, AccessPurpose purpose);

    /** One contact's plaintext, or a {@link VaultAccessException} saying why not. */
    ContactIdentity revealOne(long contactId, AccessPurpose purpose);

    /** What screens show; no plaintext leaves, so nothing is recorded. */
    Map<Long, MaskedIdentity> masked(Collection<Long> contactIds);

    /** The blind index of a raw value, normalised first; empty when the value cannot be normalised. */
    Optional<BlindIndex> blindIndex(IndexedField field, String rawValue);

    /** Crypto-shredding: deletes the contact's data key, so its data is unreadable everywhere, backups included. */
    void shred(long contactId);
}
