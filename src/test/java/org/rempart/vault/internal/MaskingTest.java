package org.rempart.vault.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rempart.vault.ContactIdentity;

class MaskingTest {

    @Test
    void masksEmailsLikeTheDesignSays() {
        assertThat(Masking.email("jean.dupont@orange.fr")).isEqualTo("j***@o*****.fr");
        assertThat(Masking.email("a@b.co")).isEqualTo("a***@b.co");
        assertThat(Masking.email("zoé@laposte.net")).isEqualTo("z***@l******.net");
        assertThat(Masking.email(null)).isNull();
    }

    @Test
    void masksPhoneNumbersKeepingCountryFirstDigitAndLastTwo() {
        assertThat(Masking.phone("+33612345642")).isEqualTo("+33 6 ** ** ** 42");
        assertThat(Masking.phone("+33145678912")).isEqualTo("+33 1 ** ** ** 12");
        assertThat(Masking.phone("+262692123456")).isEqualTo("+262 6 ** ** ** 56");
        assertThat(Masking.phone("+4915123456789")).isEqualTo("+49 1 ** ** ** ** 89");
        assertThat(Masking.phone(null)).isNull();
    }

    @Test
    void masksNamesToTheirFirstLetterAndDatesToTheYear() {
        var masked = Masking.of(new ContactIdentity("Dupont", "Éloïse", "e@x.fr", null, null, LocalDate.of(1984, 5, 17)));
        assertThat(masked.lastName()).isEqualTo("D***");
        assertThat(masked.firstName()).isEqualTo("É***");
        assertThat(masked.birthYear()).isEqualTo(1984);
        assertThat(masked.mobile()).isNull();
        assertThat(masked.erased()).isFalse();
    }
}
