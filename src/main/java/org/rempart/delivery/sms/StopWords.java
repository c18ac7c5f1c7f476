package org.rempart.delivery.sms;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a reply asks to stop: STOP, ARRET or STOP SMS, alone, in any case, with or without
 * accents ({@code Arrêt}) and punctuation ({@code Stop.}). Anything longer is a conversation, not
 * an opt-out.
 */
final class StopWords {

    private static final Set<String> WORDS = Set.of("STOP", "ARRET", "STOP SMS");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^A-Z0-9]+");

    private StopWords() {
    }

    static boolean isStop(String reply) {
        String bare = MARKS.matcher(Normalizer.normalize(reply, Normalizer.Form.NFD)).replaceAll("");
        String words = SEPARATORS.matcher(bare.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
        return WORDS.contains(words);
    }
}
