package org.rempart.delivery.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsmpp.bean.TypeOfNumber;
import org.junit.jupiter.api.Test;
import org.rempart.delivery.SmsSender;
import org.rempart.delivery.SmsText;
import org.rempart.delivery.OutgoingSms;

class SubmitPdusTest {

    private final SubmitPdus pdus = new SubmitPdus(Concatenation.UDH);

    @Test
    void eachLongSmsHasItsOwnReference() {
        var first = pdus.of(sms("a".repeat(200)));
        var second = pdus.of(sms("a".repeat(200)));
        assertThat(first.parts().get(0).shortMessage()[3]).isNotEqualTo(second.parts().get(0).shortMessage()[3]);
    }

    @Test
    void aTextBeyond255PartsIsRefused() {
        assertThat(pdus.of(sms("a".repeat(153 * 255))).parts()).hasSize(255);
        assertThatThrownBy(() -> pdus.of(sms("a".repeat(153 * 255 + 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An SMS has at most 255 parts; this text needs 256");
    }

    @Test
    void theRecipientIsAnInternationalNumberWithoutItsPlus() {
        var destination = pdus.of(sms("Bonjour")).destination();
        assertThat(destination.ton()).isEqualTo(TypeOfNumber.INTERNATIONAL);
        assertThat(destination.value()).isEqualTo("33612345678");
    }

    private static OutgoingSms sms(String text) {
        return new OutgoingSms(new SmsSender("Rempart"), "+33612345678", new SmsText(text));
    }
}
