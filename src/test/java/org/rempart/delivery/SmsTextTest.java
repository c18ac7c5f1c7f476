package org.rempart.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SmsTextTest {

    @Test
    void plainTextIsGsmOneSeptetPerCharacter() {
        SmsText text = new SmsText("Soldes: -20% ce week-end!");
        assertThat(text.encoding()).isEqualTo(SmsEncoding.GSM_7);
        assertThat(text.length()).isEqualTo(25);
        assertThat(text.characters()).isEqualTo(25);
        assertThat(text.segmentCount()).isEqualTo(1);
        assertThat(text.nonGsmCharacters()).isEmpty();
    }

    @Test
    void euroBracketAndTildeStayInGsmButCostTwoSeptets() {
        assertThat(new SmsText("10€").length()).isEqualTo(4);
        assertThat(new SmsText("[promo]").length()).isEqualTo(9);
        assertThat(new SmsText("~").length()).isEqualTo(2);
        assertThat(new SmsText("Prix [net] ~9€").encoding()).isEqualTo(SmsEncoding.GSM_7);
        assertThat(new SmsText("Prix [net] ~9€").length()).isEqualTo(14 + 4);
    }

    @Test
    void accentedLettersOfTheGsmTableStayInGsm() {
        SmsText text = new SmsText("Élève à Paris, où il a été admis");
        assertThat(text.encoding()).isEqualTo(SmsEncoding.GSM_7);
        assertThat(text.length()).isEqualTo(32);
    }

    @Test
    void accentedLettersOutsideTheTableForceUcs2AndHaveTheirUnaccentedReplacement() {
        SmsText text = new SmsText("Fête reçue");
        assertThat(text.encoding()).isEqualTo(SmsEncoding.UCS_2);
        assertThat(text.length()).isEqualTo(10);
        assertThat(text.nonGsmCharacters()).containsExactly(
                new NonGsmCharacter(1, "ê", Optional.of("e")),
                new NonGsmCharacter(7, "ç", Optional.of("c")));
        assertThat(text.toGsm()).isEqualTo(new SmsText("Fete recue"));
        assertThat(text.toGsm().encoding()).isEqualTo(SmsEncoding.GSM_7);
        // The capital Ç is in the table itself; ô is not, and takes the whole text to UCS-2.
        assertThat(new SmsText("ÇA").encoding()).isEqualTo(SmsEncoding.GSM_7);
        SmsText circumflex = new SmsText("Été: à très bientôt");
        assertThat(circumflex.encoding()).isEqualTo(SmsEncoding.UCS_2);
        assertThat(circumflex.length()).isEqualTo(19);
        assertThat(circumflex.toGsm().text()).isEqualTo("Été: à très bientot");
    }

    @Test
    void wordProcessorTypographyHasGsmReplacements() {
        SmsText text = new SmsText("L’offre «été»… jusqu’au 14\u00A0juillet – Bœuf “maison”");
        assertThat(text.encoding()).isEqualTo(SmsEncoding.UCS_2);
        assertThat(text.toGsm().text()).isEqualTo("L'offre \"été\"... jusqu'au 14 juillet - Boeuf \"maison\"");
        assertThat(text.toGsm().encoding()).isEqualTo(SmsEncoding.GSM_7);
        assertThat(text.nonGsmCharacters()).extracting(NonGsmCharacter::character)
                .containsExactly("’", "«", "»", "…", "’", "\u00A0", "–", "œ", "“", "”");
    }

    @Test
    void anEmojiCountsTwoCodeUnitsAndHasNoReplacement() {
        SmsText text = new SmsText("Merci 😀");
        assertThat(text.encoding()).isEqualTo(SmsEncoding.UCS_2);
        assertThat(text.length()).isEqualTo(8);
        assertThat(text.characters()).isEqualTo(7);
        assertThat(text.nonGsmCharacters()).containsExactly(new NonGsmCharacter(6, "😀", Optional.empty()));
        assertThat(text.toGsm()).isEqualTo(text);
    }

    @Test
    void gsmSegmentsAt160And161Septets() {
        assertThat(new SmsText("a".repeat(160)).segmentCount()).isEqualTo(1);
        assertThat(new SmsText("a".repeat(161)).segmentCount()).isEqualTo(2);
        assertThat(new SmsText("a".repeat(161)).segments()).containsExactly("a".repeat(153), "a".repeat(8));
        // Extension characters count double.
        assertThat(new SmsText("€".repeat(80)).segmentCount()).isEqualTo(1);
        assertThat(new SmsText("€".repeat(80) + "a").segmentCount()).isEqualTo(2);
    }

    @Test
    void gsmPartsHold153Septets() {
        assertThat(new SmsText("a".repeat(306)).segmentCount()).isEqualTo(2);
        assertThat(new SmsText("a".repeat(307)).segmentCount()).isEqualTo(3);
        assertThat(new SmsText("a".repeat(459)).segmentCount()).isEqualTo(3);
        assertThat(new SmsText("a".repeat(460)).segmentCount()).isEqualTo(4);
    }

    @Test
    void anExtensionCharacterIsNeverCutBetweenTwoParts() {
        // 306 septets, but the € would straddle the first boundary: it opens the second part.
        SmsText text = new SmsText("a".repeat(152) + "€" + "a".repeat(152));
        assertThat(text.length()).isEqualTo(306);
        List<String> segments = text.segments();
        assertThat(segments).containsExactly("a".repeat(152), "€" + "a".repeat(151), "a");
    }

    @Test
    void ucs2SegmentsAt70And71CodeUnits() {
        assertThat(new SmsText("ê".repeat(70)).segmentCount()).isEqualTo(1);
        assertThat(new SmsText("ê".repeat(71)).segmentCount()).isEqualTo(2);
        assertThat(new SmsText("ê".repeat(134)).segmentCount()).isEqualTo(2);
        assertThat(new SmsText("ê".repeat(135)).segmentCount()).isEqualTo(3);
        assertThat(new SmsText("ê".repeat(135)).segments()).extracting(String::length).containsExactly(67, 67, 1);
        assertThat(new SmsText("😀".repeat(35)).segmentCount()).isEqualTo(1);
        assertThat(new SmsText("😀".repeat(35) + "a").segmentCount()).isEqualTo(2);
    }

    @Test
    void anEmojiIsNeverCutBetweenTwoParts() {
        SmsText text = new SmsText("ê".repeat(66) + "😀" + "ê".repeat(66));
        assertThat(text.length()).isEqualTo(134);
        assertThat(text.segments()).containsExactly("ê".repeat(66), "😀" + "ê".repeat(65), "ê");
    }

    @Test
    void anEmptyTextHasNoSegment() {
        assertThat(new SmsText("").segments()).isEmpty();
        assertThat(new SmsText("").length()).isZero();
    }
}
