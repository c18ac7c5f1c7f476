package org.rempart.delivery.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Rempart's quoted-printable encoder, decoded by Jakarta Mail's decoder. */
class QuotedPrintableProperties {

    @Property(tries = 3000)
    void decodesToTheTextWithItsLineBreaksAsCrlf(@ForAll("bodies") String text) throws Exception {
        byte[] encoded = encoded(text);
        byte[] decoded = MimeUtility.decode(new ByteArrayInputStream(encoded), "quoted-printable").readAllBytes();
        assertThat(new String(decoded, StandardCharsets.UTF_8)).isEqualTo(text.replaceAll("\r\n|\r|\n", "\r\n"));
    }

    @Property(tries = 3000)
    void writesShortPrintableLinesWithoutTrailingSpaceNorBoundaryMark(@ForAll("bodies") String text) {
        String encoded = new String(encoded(text), StandardCharsets.ISO_8859_1);
        assertThat(encoded).doesNotContain("=_").matches("[ \\t!-~\\r\\n]*");
        for (String line : encoded.split("\r\n", -1)) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(76);
            assertThat(line).as(line).doesNotEndWith(" ").doesNotEndWith("\t").doesNotContain("\r", "\n");
        }
    }

    @Property(tries = 1000)
    void anEncoderEncodesATextAsAFreshOneDoesWhateverItEncodedBefore(@ForAll("bodies") String before,
            @ForAll("bodies") String text) {
        var encoder = new QuotedPrintable();
        encoder.encode(before + before + "\u20ac");
        assertThat(bytes(encoder.encode(text))).isEqualTo(encoded(text));
    }

    @Example
    void escapesWhatItMustAndKeepsTheRest() {
        assertThat(new String(encoded("Été = 3 €  \nfin\t"), StandardCharsets.US_ASCII))
                .isEqualTo("=C3=89t=C3=A9 =3D 3 =E2=82=AC =20\r\nfin=09");
        assertThat(new String(encoded("a".repeat(80)), StandardCharsets.US_ASCII))
                .isEqualTo("a".repeat(75) + "=\r\n" + "a".repeat(5));
        assertThat(new String(encoded("Été à 3"), StandardCharsets.US_ASCII)).isEqualTo("=C3=89t=C3=A9 =C3=A0 3");
        assertThat(new String(encoded("a?b€?"), StandardCharsets.US_ASCII)).isEqualTo("a?b=E2=82=AC?");
        assertThat(new String(encoded("a?😀?"), StandardCharsets.US_ASCII)).isEqualTo("a?=F0=9F=98=80?");
        assertThat(new String(encoded("a".repeat(15) + " \nb"), StandardCharsets.US_ASCII))
                .isEqualTo("a".repeat(15) + "=20\r\nb");
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> ascii = Arbitraries.strings().withChars(" \t\r\n=._-<>\"'/:?&abcXYZ0189").ofMaxLength(400);
        Arbitrary<String> latin = Arbitraries.strings().withCharRange('\u0000', '\u00ff').ofMaxLength(200);
        Arbitrary<String> wide = Arbitraries.of("€", "😀", "é", "\u00a0", "中文", "=", " ", "\r\n").list().ofMaxSize(120)
                .map(parts -> String.join("", parts));
        // Long runs of printable text, read eight bytes at a time, broken by what is not.
        Arbitrary<String> prose = Arbitraries.of("Découvrez ", "nos offres", " ", "  ", "é", "=", ".", "\n", "\r\n",
                " \n", "\t", "€", "?", "x".repeat(9), "y".repeat(80)).list().ofMaxSize(200)
                .map(parts -> String.join("", parts));
        return Arbitraries.oneOf(ascii, latin, wide, prose);
    }

    private static byte[] encoded(String text) {
        return bytes(new QuotedPrintable().encode(text));
    }

    private static byte[] bytes(QuotedPrintable encoded) {
        byte[] bytes = new byte[encoded.length()];
        encoded.copyTo(bytes, 0);
        return bytes;
    }
}
