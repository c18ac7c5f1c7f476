package org.rempart.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmsSenderTest {

    @Test
    void namesAndNumbersAreTold() {
        assertThat(new SmsSender("Rempart").kind()).isEqualTo(SmsSender.Kind.ALPHANUMERIC);
        assertThat(new SmsSender("Promo 2025").kind()).isEqualTo(SmsSender.Kind.ALPHANUMERIC);
        assertThat(new SmsSender("ABCDEFGHIJK").kind()).isEqualTo(SmsSender.Kind.ALPHANUMERIC);
        assertThat(new SmsSender("36123").kind()).isEqualTo(SmsSender.Kind.NUMERIC);
        assertThat(new SmsSender("36123").address()).isEqualTo("36123");
        assertThat(new SmsSender(" +33612345678 ").kind()).isEqualTo(SmsSender.Kind.INTERNATIONAL);
        assertThat(new SmsSender("+33612345678").address()).isEqualTo("33612345678");
        assertThat(new SmsSender("123456789012345").kind()).isEqualTo(SmsSender.Kind.NUMERIC);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "RempartPromo|at most 11 characters",
            "1234567890123456|at most 15 digits",
            "+1234567890123456|at most 15 digits",
            "Café|unaccented letters",
            "Promo[1]|unaccented letters",
            "12 34|at least one letter",
            "2025-06|at least one letter",
            "'   '|empty"})
    void invalidSendersAreRefusedWithTheReason(String sender, String reason) {
        assertThatThrownBy(() -> new SmsSender(sender))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }
}
