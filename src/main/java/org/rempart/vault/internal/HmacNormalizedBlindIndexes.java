package org.rempart.vault.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import org.rempart.vault.BlindIndex;
import org.rempart.vault.IndexedField;
import org.rempart.vault.NormalizedBlindIndexes;
import org.springframework.stereotype.Service;

@Service
class HmacNormalizedBlindIndexes implements NormalizedBlindIndexes {

    private final Keysets keys;

    HmacNormalizedBlindIndexes(Keysets keys) {
        this.keys = keys;
    }

    /** The computation of {@code TinkVault.blindIndex} once the value is normalised (HMAC-SHA256, 128 bits). */
    @Override
    public BlindIndex ofNormalized(IndexedField field, String normalizedValue) {
        try {
            byte[] mac = keys.blindIndex(field).computePrimary(normalizedValue.getBytes(StandardCharsets.UTF_8), 16);
            return new BlindIndex(field, HexFormat.of().formatHex(mac));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot compute a blind index", e);
        }
    }
}
