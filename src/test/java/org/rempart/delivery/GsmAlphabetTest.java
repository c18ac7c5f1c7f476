package org.rempart.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GsmAlphabetTest {

    @Test
    void basicCharactersAreOneSeptetExtensionCharactersTwoOthersNone() {
        assertThat("@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà".codePoints().map(GsmAlphabet::septets))
                .containsOnly(1);
        assertThat("€[]{}~^|\\\f".codePoints().map(GsmAlphabet::septets)).containsOnly(2);
        // Outside the table: ç (only the capital is there), ê, â, curly apostrophe, lower-case Greek, emoji.
        assertThat("çêâ’δ`".codePoints().map(GsmAlphabet::septets)).containsOnly(0);
        assertThat(GsmAlphabet.septets("😀".codePointAt(0))).isZero();
    }

    @Test
    void encodesOneSeptetPerOctetWithTheEscapeBeforeExtensionCharacters() {
        assertThat(GsmAlphabet.encode("@£$\n")).containsExactly(0x00, 0x01, 0x02, 0x0A);
        assertThat(GsmAlphabet.encode("Aa0 ")).containsExactly(0x41, 0x61, 0x30, 0x20);
        assertThat(GsmAlphabet.encode("Çàé¤§")).containsExactly(0x09, 0x7F, 0x05, 0x24, 0x5F);
        assertThat(GsmAlphabet.encode("€[~]")).containsExactly(0x1B, 0x65, 0x1B, 0x3C, 0x1B, 0x3D, 0x1B, 0x3E);
        assertThat(GsmAlphabet.encode("{}^|\\")).containsExactly(0x1B, 0x28, 0x1B, 0x29, 0x1B, 0x14, 0x1B, 0x40,
                0x1B, 0x2F);
    }

    @Test
    void decodesWhatItEncodes() {
        String text = "Soldes -20% [1 jour] à 9€ ~ Ça, c'est réglé! @ {ÆØÅ}";
        assertThat(GsmAlphabet.decode(GsmAlphabet.encode(text))).isEqualTo(text);
    }

    @Test
    void anUnknownEscapeCodeReadsAsItsBasicCharacter() {
        assertThat(GsmAlphabet.decode(new byte[] {0x1B, 0x41, 0x62})).isEqualTo("Ab");
    }

    @Test
    void refusesToEncodeACharacterOutsideTheAlphabetWithoutQuotingTheText() {
        assertThatThrownBy(() -> GsmAlphabet.encode("Fête"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The character at offset 1 is not in the GSM 7-bit alphabet");
    }
}
