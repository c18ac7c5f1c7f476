package org.rempart.delivery.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Bodies sent as they are to a relay that takes eight bits, and those that must not be. */
class EightBitTextProperties {

    @Property(tries = 3000)
    void writesTheTextInUtf8WithItsLineFeedsAsCrlf(@ForAll("shortLines") String text) {
        assertThat(new String(encoded(text), StandardCharsets.UTF_8))
                .isEqualTo(text.replaceAll("\r\n|\n", "\r\n"));
    }

    @Example
    void refusesWhatSmtpCannotCarryAsItIs() {
        assertThat(EightBitText.of("a".repeat(998) + "\nfin")).isPresent();
        assertThat(EightBitText.of("a".repeat(999) + "\nfin")).isEmpty();
        assertThat(EightBitText.of("début\n" + "a".repeat(999))).isEmpty();
        assertThat(EightBitText.of("é".repeat(499) + "\r\nfin")).as("998 bytes").isPresent();
        assertThat(EightBitText.of("é".repeat(500) + "\r\nfin")).as("1,000 bytes").isEmpty();
        assertThat(EightBitText.of("nul \0 ici")).isEmpty();
        assertThat(EightBitText.of("retour\rseul")).isEmpty();
        assertThat(EightBitText.of("retour seul\r")).isEmpty();
    }

    @Example
    void keepsTheLineBreaksAlreadyInCrlf() {
        assertThat(new String(encoded("un\r\ndeux\ntrois\r\n"), StandardCharsets.UTF_8))
                .isEqualTo("un\r\ndeux\r\ntrois\r\n");
        assertThat(EightBitText.of("\n\n").orElseThrow().length()).isEqualTo(4);
    }

    @Provide
    Arbitrary<String> shortLines() {
        Arbitrary<String> line = Arbitraries.strings().withChars(" \t=._-<>\"'/:?&abcXYZ0189éà€\u00a0中")
                .ofMaxLength(300);
        return line.list().ofMaxSize(12).flatMap(lines -> Arbitraries.of("\n", "\r\n").list().ofSize(lines.size())
                .map(breaks -> {
                    var text = new StringBuilder();
                    for (int i = 0; i < lines.size(); i++) {
                        text.append(lines.get(i)).append(breaks.get(i));
                    }
                    return text.toString();
                }));
    }

    private static byte[] encoded(String text) {
        EightBitText body = EightBitText.of(text).orElseThrow();
        byte[] bytes = new byte[body.length()];
        assertThat(body.copyTo(bytes, 0)).isEqualTo(bytes.length);
        return bytes;
    }
}
