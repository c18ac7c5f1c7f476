package org.rempart.vault;

/**
 * A keyed hash of a normalised identifier (HMAC-SHA256, truncated to 128 bits, hex): equal for
 * equal values, meaningless without the key. Stored in clear for exact-match look-ups and dedupe.
 */
public record BlindIndex(IndexedField field, String hex) {

    public BlindIndex {
        if (hex == null || !hex.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("A blind index is 32 hexadecimal digits");
        }
    }
}
