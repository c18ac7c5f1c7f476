package org.rempart.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StopMentionTest {

    @ParameterizedTest
    @ValueSource(strings = {"Soldes -20%! STOP au 36123", "STOP 36123", "Promo. STOP SMS au 36123", "stop au 36123",
            "Stop Sms 36123", "STOP: 36123", "Offre\nSTOP au 36 123 STOP au 36123", "STOP à 36123", "STOP +33612345678"})
    void aStopFollowedByANumberOrShortCodeIsAMention(String text) {
        assertThat(StopMention.isPresentIn(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Soldes -20%!", "STOP", "Répondez STOP pour ne plus recevoir", "NONSTOP 36123",
            "STOP au 36123abc", "STOP au", "STOP au 36", "ARRET au 36123"})
    void anythingElseIsNot(String text) {
        assertThat(StopMention.isPresentIn(text)).isFalse();
    }

    @Test
    void appendsTheConfiguredMentionOnlyWhenTheTextHasNone() {
        StopMention mention = new StopMention(" STOP au 36123 ");
        assertThat(mention.text()).isEqualTo("STOP au 36123");
        assertThat(mention.appendTo("Soldes -20%!  ")).isEqualTo("Soldes -20%! STOP au 36123");
        assertThat(mention.appendTo("Soldes -20%! STOP 36111")).isEqualTo("Soldes -20%! STOP 36111");
    }

    @Test
    void aConfiguredMentionMustBeOne() {
        assertThatThrownBy(() -> new StopMention("Répondez STOP"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("STOP followed by a number or short code");
    }
}
