package org.rempart.campaigns;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The opt-out mention every marketing SMS must carry: {@code STOP} followed by the number or short
 * code that receives the replies ({@code STOP au 36123}, {@code STOP 36123}, {@code STOP SMS au
 * 36123}; any case). This one, the configured mention, is what the editor proposes to append.
 */
public record StopMention(String text) {

    private static final Pattern MENTION = Pattern.compile(
            "\\bSTOP(?:\\s+SMS)?(?:\\s*:\\s*|\\s+)(?:(?:au|à|a|to|at)\\s+)?\\+?\\d{3,15}\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    public StopMention {
        Objects.requireNonNull(text, "text");
        text = text.strip();
        if (!isPresentIn(text)) {
            throw new IllegalArgumentException(
                    "The STOP mention must read STOP followed by a number or short code, such as \"STOP au 36123\"");
        }
    }

    /** Whether a text carries a STOP mention (not necessarily this one). */
    public static boolean isPresentIn(String smsText) {
        return MENTION.matcher(smsText).find();
    }

    /** The text with this mention after it, or the text unchanged when it already carries one. */
    public String appendTo(String smsText) {
        return isPresentIn(smsText) ? smsText : smsText.stripTrailing() + " " + text;
    }
}
