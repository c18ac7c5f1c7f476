package org.rempart.vault;

import java.util.Map;

/**
 * The outcome of a batch reveal: the identities produced, and the contacts that could not be
 * decrypted with the reason (never a partial identity).
 */
public record RevealedIdentities(Map<Long, ContactIdentity> identities, Map<Long, VaultFailure> failures) {

    public RevealedIdentities {
        identities = Map.copyOf(identities);
        failures = Map.copyOf(failures);
    }
}
