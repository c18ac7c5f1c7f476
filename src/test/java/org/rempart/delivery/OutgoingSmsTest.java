package org.rempart.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutgoingSmsTest {

    private static final SmsSender SENDER = new SmsSender("Rempart");

    @ParameterizedTest
    @ValueSource(strings = {"0612345678", "33612345678", "+33 6 12 34 56 78", "+0612345678", "+1234567890123456"})
    void theDestinationMustBeE164AndIsNotQuotedWhenItIsNot(String destination) {
        assertThatThrownBy(() -> new OutgoingSms(SENDER, destination, new SmsText("Bonjour")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The destination is not an E.164 number (+ then up to 15 digits)");
    }

    @Test
    void anEmptyTextIsRefused() {
        assertThatThrownBy(() -> new OutgoingSms(SENDER, "+33612345678", new SmsText("")))
                .hasMessage("The SMS text is empty");
    }

    @Test
    void itsTextFormHidesTheRecipient() {
        assertThat(new OutgoingSms(SENDER, "+33612345678", new SmsText("Bonjour")).toString())
                .doesNotContain("612345678").contains("Rempart");
    }
}
