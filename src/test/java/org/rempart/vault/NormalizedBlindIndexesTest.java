package org.rempart.vault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rempart.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;

@StorageTest
class NormalizedBlindIndexesTest {

    @Autowired
    Vault vault;
    @Autowired
    NormalizedBlindIndexes normalized;

    @Test
    void aNormalisedValueGetsTheIndexOfEveryRawSpellingOfIt() {
        assertThat(normalized.ofNormalized(IndexedField.MOBILE, "+33612345678"))
                .isEqualTo(vault.blindIndex(IndexedField.MOBILE, "06 12 34 56 78").orElseThrow());
        assertThat(normalized.ofNormalized(IndexedField.LANDLINE, "+33145678912"))
                .isEqualTo(vault.blindIndex(IndexedField.LANDLINE, "0033 1 45 67 89 12").orElseThrow());
        assertThat(normalized.ofNormalized(IndexedField.EMAIL, "jean@xn--exmple-cua.fr"))
                .isEqualTo(vault.blindIndex(IndexedField.EMAIL, " Jean@Exämple.FR").orElseThrow());
    }
}
