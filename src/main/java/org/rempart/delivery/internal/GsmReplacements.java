package org.rempart.delivery.internal;

import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rempart.delivery.GsmAlphabet;

/**
 * GSM stand-ins for characters outside the GSM alphabet, as a French marketer types them: the
 * word processor's typography (curly quotes, dashes, non-breaking spaces, ellipsis, ligatures)
 * and accented letters the alphabet lacks ({@code ê}, {@code ç}, {@code À}), which lose their
 * accent. Emoji and other scripts have none.
 */
public final class GsmReplacements {

    private static final Map<Integer, String> TYPOGRAPHY = Map.ofEntries(
            Map.entry(0x2018, "'"), Map.entry(0x2019, "'"), Map.entry(0x201A, "'"), Map.entry(0x201B, "'"),
            Map.entry(0x2032, "'"), Map.entry(0x00B4, "'"), Map.entry(0x0060, "'"), Map.entry(0x2039, "'"),
            Map.entry(0x203A, "'"),
            Map.entry(0x201C, "\""), Map.entry(0x201D, "\""), Map.entry(0x201E, "\""), Map.entry(0x201F, "\""),
            Map.entry(0x2033, "\""), Map.entry(0x00AB, "\""), Map.entry(0x00BB, "\""),
            Map.entry(0x2010, "-"), Map.entry(0x2011, "-"), Map.entry(0x2012, "-"), Map.entry(0x2013, "-"),
            Map.entry(0x2014, "-"), Map.entry(0x2015, "-"), Map.entry(0x2212, "-"),
            Map.entry(0x0009, " "),
            Map.entry(0x0153, "oe"), Map.entry(0x0152, "OE"),
            // Invisible: a zero-width space, a byte order mark, a soft hyphen.
            Map.entry(0x200B, ""), Map.entry(0xFEFF, ""), Map.entry(0x00AD, ""));

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private GsmReplacements() {
    }

    public static Optional<String> of(int codePoint) {
        String typographic = TYPOGRAPHY.get(codePoint);
        if (typographic != null) {
            return Optional.of(typographic);
        }
        // Compatibility decomposition turns spaces of every width into a space, … into "...",
        // ligatures into letters; dropping the combining marks then takes accents off letters.
        String decomposed = MARKS.matcher(Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKD))
                .replaceAll("");
        boolean spacing = Character.isSpaceChar(codePoint);
        if (decomposed.isEmpty() || !GsmAlphabet.canEncode(decomposed) || (!spacing && decomposed.isBlank())) {
            return Optional.empty();
        }
        return Optional.of(decomposed);
    }
}
