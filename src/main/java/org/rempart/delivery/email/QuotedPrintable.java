package org.rempart.delivery.email;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Quoted-printable encoding of a text body (RFC 2045, 6.7) in one pass over its characters, as
 * UTF-8: line breaks of any kind become CRLF, lines stay within 76 characters through soft breaks,
 * and {@code =}, control and non-ASCII bytes, and white space ending a line are escaped. The
 * output never holds {@code "=_"}, so a boundary starting with it cannot occur in an encoded part.
 */
final class QuotedPrintable implements PartBody {

    /** Characters before a soft break's {@code =}, which makes the 76th. */
    private static final int LINE = 75;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    /** The most one character writes: four escaped bytes of a surrogate pair, after a soft break. */
    private static final int MOST = 15;

    private byte[] out;
    private int n;
    private int column;

    private QuotedPrintable(int capacity) {
        out = new byte[capacity];
    }

    /** {@code text} encoded, to be copied where the message is assembled. */
    static QuotedPrintable encode(String text) {
        // Mostly literal text: room for a few escapes and soft breaks, grown when that is not enough.
        var encoder = new QuotedPrintable(text.length() + text.length() / 4 + 2 * MOST);
        encoder.write(text);
        return encoder;
    }

    @Override
    public String transferEncoding() {
        return "quoted-printable";
    }

    @Override
    public int length() {
        return n;
    }

    @Override
    public int copyTo(byte[] target, int offset) {
        System.arraycopy(out, 0, target, offset, n);
        return offset + n;
    }

    private void write(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (n + LINE + MOST > out.length) {
                out = Arrays.copyOf(out, out.length * 2 + LINE);
            }
            char c = text.charAt(i);
            if (column < LINE && literal(text, i, c)) {
                // Most of a body: a run of characters written as they are, up to the line's end.
                int end = Math.min(length, i + LINE - column);
                int k = i;
                char next = c;
                do {
                    out[n++] = (byte) next;
                    k++;
                } while (k < end && literal(text, k, next = text.charAt(k)));
                column += k - i;
                i = k - 1;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                out[n++] = '\r';
                out[n++] = '\n';
                column = 0;
            } else if (literal(text, i, c)) {
                literal(c); // after a soft break
            } else if (c < 0x80) {
                escaped(c);
            } else if (c < 0x800) {
                escaped(0xc0 | c >> 6);
                escaped(0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                int code = Character.toCodePoint(c, text.charAt(++i));
                escaped(0xf0 | code >> 18);
                escaped(0x80 | code >> 12 & 0x3f);
                escaped(0x80 | code >> 6 & 0x3f);
                escaped(0x80 | code & 0x3f);
            } else if (Character.isSurrogate(c)) {
                escaped('?'); // an unpaired surrogate, which UTF-8 cannot carry
            } else {
                escaped(0xe0 | c >> 12);
                escaped(0x80 | c >> 6 & 0x3f);
                escaped(0x80 | c & 0x3f);
            }
        }
    }

    /** Whether the character at {@code at} stays as it is: printable but =, or white space not ending a line. */
    private static boolean literal(String text, int at, char c) {
        return c >= '!' && c <= '~' ? c != '=' : (c == ' ' || c == '\t') && !endsLine(text, at + 1);
    }

    private void literal(char c) {
        room(1);
        out[n++] = (byte) c;
    }

    private void escaped(int b) {
        room(3);
        out[n++] = '=';
        out[n++] = HEX[b >> 4];
        out[n++] = HEX[b & 0xf];
    }

    private void room(int width) {
        if (column + width > LINE) {
            out[n++] = '=';
            out[n++] = '\r';
            out[n++] = '\n';
            column = 0;
        }
        column += width;
    }

    private static boolean endsLine(String text, int next) {
        return next == text.length() || text.charAt(next) == '\r' || text.charAt(next) == '\n';
    }
}
