package org.rempart.vault;

/**
 * Seals small secrets that Rempart must keep in its database but never in clear (an operator's
 * TOTP key, a relay password): encrypted under the vault's key-encryption keyset, bound to a
 * context naming their owner and use, so that a sealed value moved elsewhere does not open.
 */
public interface SecretBox {

    String seal(String secret, String context);

    /** Throws {@link IllegalStateException} when the value was not sealed for this context by these keys. */
    String open(String sealed, String context);
}
