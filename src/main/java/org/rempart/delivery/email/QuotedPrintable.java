package org.rempart.delivery.email;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Quoted-printable encoding of a text body (RFC 2045, 6.7) in one pass over its UTF-8 bytes: line
 * breaks of any kind become CRLF, lines stay within 76 characters through soft breaks, and
 * {@code =}, control and non-ASCII bytes, and white space ending a line are escaped. The output
 * never holds {@code "=_"}, so a boundary starting with it cannot occur in an encoded part.
 */
final class QuotedPrintable {

    /** Characters before a soft break's {@code =}, which makes the 76th. */
    private static final int LINE = 75;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private QuotedPrintable() {
    }

    static byte[] encode(String text) {
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        // At most three bytes per byte, plus a soft break every 25 escapes.
        byte[] out = new byte[in.length * 3 + (in.length / 25 + 1) * 3];
        int n = 0;
        int column = 0;
        for (int i = 0; i < in.length; i++) {
            int b = in[i] & 0xff;
            if (b == '\r' || b == '\n') {
                if (b == '\r' && i + 1 < in.length && in[i + 1] == '\n') {
                    i++;
                }
                out[n++] = '\r';
                out[n++] = '\n';
                column = 0;
                continue;
            }
            boolean literal = b >= '!' && b <= '~' && b != '=' || (b == ' ' || b == '\t') && !endsLine(in, i + 1);
            int width = literal ? 1 : 3;
            if (column + width > LINE) {
                out[n++] = '=';
                out[n++] = '\r';
                out[n++] = '\n';
                column = 0;
            }
            if (literal) {
                out[n++] = (byte) b;
            } else {
                out[n++] = '=';
                out[n++] = HEX[b >> 4];
                out[n++] = HEX[b & 0xf];
            }
            column += width;
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean endsLine(byte[] in, int next) {
        return next == in.length || in[next] == '\r' || in[next] == '\n';
    }
}
