package org.rempart.vault;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void emailsAreTrimmedLowerCasedAndTheirDomainInAscii() {
        assertThat(Identifiers.normalizeEmail("  Jean.Dupont@Orange.FR ")).contains("jean.dupont@orange.fr");
        assertThat(Identifiers.normalizeEmail("contact@café.fr")).contains("contact@xn--caf-dma.fr");
        assertThat(Identifiers.normalizeEmail("no-at-sign")).isEmpty();
        assertThat(Identifiers.normalizeEmail("a@b@c")).isEmpty();
        assertThat(Identifiers.normalizeEmail("@orange.fr")).isEmpty();
    }

    @Test
    void frenchNumbersBecomeE164WhateverTheirWriting() {
        assertThat(Identifiers.normalizePhone("06 12 34 56 78")).contains("+33612345678");
        assertThat(Identifiers.normalizePhone("+33 6 12 34 56 78")).contains("+33612345678");
        assertThat(Identifiers.normalizePhone("0033 6 12 34 56 78")).contains("+33612345678");
        assertThat(Identifiers.normalizePhone("01.45.67.89.12")).contains("+33145678912");
        assertThat(Identifiers.normalizePhone("+262 692 12 34 56")).contains("+262692123456");
        assertThat(Identifiers.normalizePhone("12345")).isEmpty();
        assertThat(Identifiers.normalizePhone("")).isEmpty();
    }
}
