package org.rempart.vault;

/**
 * A new contact's identity already encrypted under its own fresh data key, not yet stored: what
 * {@link IdentitySealer} hands back, opaque outside the vault. {@link #toString()} shows only the id.
 */
public interface SealedIdentity {

    long contactId();
}
