package org.rempart.vault;

/**
 * Blind indexes of values already in their normal form ({@link Identifiers#normalizeEmail},
 * E.164 from {@link Identifiers#normalizePhone}), for bulk paths that normalised them while
 * validating: the same index as {@link Vault#blindIndex} gives for any raw spelling of that value,
 * without parsing it again.
 */
public interface NormalizedBlindIndexes {

    BlindIndex ofNormalized(IndexedField field, String normalizedValue);
}
