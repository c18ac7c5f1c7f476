package org.rempart.vault;

/** Why the vault could not produce a contact's plaintext. */
public enum VaultFailure {
    /** The contact's data key is gone: the contact was erased (crypto-shredded). */
    SHREDDED,
    /** The stored ciphertext does not decrypt: it was altered, truncated or moved to another contact. */
    CORRUPTED,
    /** The data key does not unwrap: these are not the keys this data was encrypted with. */
    WRONG_KEY
}
