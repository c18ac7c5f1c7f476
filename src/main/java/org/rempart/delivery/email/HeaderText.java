package org.rempart.delivery.email;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Text for header fields: printable ASCII as it is, anything else as RFC 2047 encoded words
 * ({@code =?UTF-8?B?...?=}, each within 75 characters and never splitting a character), on
 * folded lines. Written here rather than through Jakarta Mail's {@code MimeUtility}, which looks
 * its encoders up with a class path scan on every call.
 */
final class HeaderText {

    /** RFC 2047's limit for a line holding encoded words, and RFC 5322's advice for any line. */
    private static final int LINE = 76;
    /** {@code =?UTF-8?B?} and {@code ?=}. */
    private static final int DELIMITERS = 12;

    private HeaderText() {
    }

    /** An unstructured value such as a subject, folded for a field whose name takes {@code used} characters. */
    static String unstructured(String text, int used) {
        return plain(text) ? folded(text, used) : encodedWords(text, used);
    }

    /**
     * A mailbox with its display name, for a field whose name takes {@code used} characters: the
     * name as a quoted string when it is printable ASCII, as encoded words otherwise, and the
     * address on the next line when it would not fit on the name's last.
     */
    static String mailbox(String name, String address, int used) {
        if (name.isEmpty()) {
            return address;
        }
        String phrase = plain(name) ? "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\""
                : encodedWords(name, used);
        int lastLine = phrase.contains("\r\n") ? phrase.length() - phrase.lastIndexOf("\r\n") - 2
                : used + phrase.length();
        return phrase + (lastLine + address.length() + 3 > LINE ? "\r\n <" : " <") + address + ">";
    }

    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return !text.contains("=?");
    }

    /** Breaks before spaces so that lines stay within {@value #LINE} characters where words allow. */
    private static String folded(String text, int used) {
        var out = new StringBuilder(text.length() + 8);
        int column = used;
        int start = 0;
        while (start < text.length()) {
            int space = text.indexOf(' ', start + 1);
            int end = space < 0 ? text.length() : space;
            if (column + end - start > LINE && start > 0) {
                out.append("\r\n");
                column = 0;
            }
            out.append(text, start, end);
            column += end - start;
            start = end;
        }
        return out.toString();
    }

    /** Encoded words on lines of at most {@value #LINE} characters, the first after {@code used}. */
    private static String encodedWords(String text, int used) {
        var out = new StringBuilder(text.length() * 2);
        // Base64 writes four characters for every three bytes.
        int firstWord = (LINE - used - DELIMITERS) / 4 * 3;
        int otherWords = (LINE - 1 - DELIMITERS) / 4 * 3;
        byte[] word = new byte[Math.max(firstWord, otherWords)];
        int length = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            byte[] character = new String(Character.toChars(text.codePointAt(i))).getBytes(StandardCharsets.UTF_8);
            if (length + character.length > (out.isEmpty() ? firstWord : otherWords)) {
                word(out, word, length);
                length = 0;
            }
            System.arraycopy(character, 0, word, length, character.length);
            length += character.length;
        }
        if (length > 0 || out.isEmpty()) {
            word(out, word, length);
        }
        return out.toString();
    }

    private static void word(StringBuilder out, byte[] bytes, int length) {
        if (!out.isEmpty()) {
            out.append("\r\n ");
        }
        out.append("=?UTF-8?B?").append(Base64.getEncoder().encodeToString(Arrays.copyOf(bytes, length)))
                .append("?=");
    }
}
