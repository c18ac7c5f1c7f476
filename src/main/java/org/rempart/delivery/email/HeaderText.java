package org.rempart.delivery.email;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Text for header fields: printable ASCII as it is, anything else as RFC 2047 encoded words
 * ({@code =?UTF-8?B?...?=}, each within 75 characters and never splitting a character), on
 * folded lines. Written here rather than through Jakarta Mail's {@code MimeUtility}, which looks
 * its encoders up with a class path scan on every call.
 */
final class HeaderText {

    /** UTF-8 bytes per encoded word: 60 characters of base64, 72 with the word's delimiters. */
    private static final int WORD_BYTES = 45;
    private static final int LINE = 76;

    private HeaderText() {
    }

    /** An unstructured value such as a subject, folded for a field whose name takes {@code used} characters. */
    static String unstructured(String text, int used) {
        return plain(text) ? folded(text, used) : encodedWords(text);
    }

    /** A display name: a quoted string when it is printable ASCII, encoded words otherwise. */
    static String phrase(String name) {
        return plain(name) ? "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"" : encodedWords(name);
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

    private static String encodedWords(String text) {
        var out = new StringBuilder(text.length() * 2);
        byte[] word = new byte[WORD_BYTES];
        int length = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            byte[] character = new String(Character.toChars(text.codePointAt(i))).getBytes(StandardCharsets.UTF_8);
            if (length + character.length > WORD_BYTES) {
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
        out.append("=?UTF-8?B?").append(Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(bytes, length)))
                .append("?=");
    }
}
