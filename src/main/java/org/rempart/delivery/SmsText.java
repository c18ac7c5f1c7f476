package org.rempart.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rempart.delivery.internal.GsmReplacements;

/**
 * The text of an SMS and what it costs: its encoding, its length in that encoding's units, the
 * segments it is cut into, the characters that force UCS-2 and a GSM rewrite of it. Segments never
 * cut an extension character's two septets nor an emoji's two code units, so a part can come out
 * one unit short and a text can need one more segment than its length alone suggests.
 */
public record SmsText(String text) {

    public SmsText {
        Objects.requireNonNull(text, "text");
    }

    public SmsEncoding encoding() {
        return GsmAlphabet.canEncode(text) ? SmsEncoding.GSM_7 : SmsEncoding.UCS_2;
    }

    /** Septets in GSM 7-bit, UTF-16 code units in UCS-2 (an emoji counts two). */
    public int length() {
        SmsEncoding encoding = encoding();
        return text.codePoints().map(c -> cost(encoding, c)).sum();
    }

    /** What a reader counts as characters: code points. */
    public int characters() {
        return text.codePointCount(0, text.length());
    }

    public List<String> segments() {
        SmsEncoding encoding = encoding();
        if (text.isEmpty()) {
            return List.of();
        }
        if (length() <= encoding.singleSegment()) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        int units = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int cost = cost(encoding, text.codePointAt(i));
            if (units + cost > encoding.partOfSeveral()) {
                parts.add(text.substring(start, i));
                start = i;
                units = 0;
            }
            units += cost;
        }
        parts.add(text.substring(start));
        return List.copyOf(parts);
    }

    public int segmentCount() {
        return segments().size();
    }

    /** Each occurrence of a character outside the GSM alphabet, with its GSM replacement where one exists. */
    public List<NonGsmCharacter> nonGsmCharacters() {
        List<NonGsmCharacter> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int codePoint = text.codePointAt(i);
            if (GsmAlphabet.septets(codePoint) == 0) {
                found.add(new NonGsmCharacter(i, Character.toString(codePoint), GsmReplacements.of(codePoint)));
            }
        }
        return List.copyOf(found);
    }

    /**
     * The text with every replaceable character rewritten in GSM (curly quotes straight, {@code …}
     * as three dots, {@code œ} as {@code oe}, {@code ê} as {@code e}...): a proposal, still UCS-2
     * when a character has no replacement (an emoji).
     */
    public SmsText toGsm() {
        StringBuilder rewritten = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int codePoint = text.codePointAt(i);
            if (GsmAlphabet.septets(codePoint) > 0) {
                rewritten.appendCodePoint(codePoint);
            } else {
                rewritten.append(GsmReplacements.of(codePoint).orElse(Character.toString(codePoint)));
            }
        }
        return new SmsText(rewritten.toString());
    }

    private static int cost(SmsEncoding encoding, int codePoint) {
        return encoding == SmsEncoding.GSM_7 ? GsmAlphabet.septets(codePoint) : Character.charCount(codePoint);
    }
}
