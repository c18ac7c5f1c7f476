package org.rempart.delivery.email;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Quoted-printable encoding of a text body (RFC 2045, 6.7) in one pass, as UTF-8: line breaks of
 * any kind become CRLF, lines stay within 76 characters through soft breaks, and {@code =},
 * control and non-ASCII bytes, and white space ending a line are escaped. The output never holds
 * {@code "=_"}, so a boundary starting with it cannot occur in an encoded part. A text of ISO 8859-1
 * characters (accented Latin letters included) is read as one byte per character, which Java
 * copies from the string at once; any other text as its UTF-8 bytes. The bytes that go as they
 * are, the most of a body, are checked and copied eight at a time. An encoder encodes text after
 * text into the same buffer, as long as it is large enough: one thread's, for a group of messages.
 */
final class QuotedPrintable {

    /** Characters before a soft break's {@code =}, which makes the 76th. */
    private static final int LINE = 75;
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /** The most one source byte writes: two escaped bytes of a character, after a soft break. */
    private static final int MOST = 9;

    private byte[] out = new byte[0];
    private int n;
    private int column;

    /** Encodes {@code text}, in place of what was encoded before, to be copied where a message is assembled. */
    QuotedPrintable encode(String text) {
        // Mostly literal text: room for a few escapes and soft breaks, grown when that is not enough.
        int capacity = text.length() + text.length() / 4 + 2 * MOST;
        if (out.length < capacity) {
            out = new byte[capacity];
        }
        n = 0;
        column = 0;
        byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
        // A character beyond ISO 8859-1 became '?' (a surrogate pair one '?' for two characters):
        // the text is then read again as UTF-8.
        if (latin1.length != text.length() || !write(latin1, text)) {
            n = 0;
            column = 0;
            write(text.getBytes(StandardCharsets.UTF_8), null);
        }
        return this;
    }

    /** The encoded length in bytes. */
    int length() {
        return n;
    }

    /** Copies the encoded bytes into {@code target} at {@code offset}; returns the offset after them. */
    int copyTo(byte[] target, int offset) {
        System.arraycopy(out, 0, target, offset, n);
        return offset + n;
    }

    /**
     * Encodes {@code source}: one byte per character of {@code latin1Text}, or UTF-8 when that is
     * null. False, and stopped, at a '?' that stands for a character beyond ISO 8859-1.
     */
    private boolean write(byte[] source, String latin1Text) {
        boolean latin1 = latin1Text != null;
        int length = source.length;
        for (int i = 0; i < length; i++) {
            if (n + LINE + MOST > out.length) {
                out = Arrays.copyOf(out, out.length * 2 + LINE);
            }
            // Eight bytes at a time while they go as they are and fit on the line: the word is
            // copied whole, and counted up to its first byte that does not go as it is.
            while (column + Long.BYTES <= LINE && i + Long.BYTES < length) {
                long word = (long) WORD.get(source, i);
                int literal = literalBytes(word);
                if (literal > 0 && source[i + literal - 1] == ' ') {
                    literal--; // a space goes last, once the byte after it is known
                }
                WORD.set(out, n, word);
                n += literal;
                column += literal;
                i += literal;
                if (literal < Long.BYTES) {
                    break;
                }
            }
            int b = source[i] & 0xff;
            if (b == '?' && latin1 && latin1Text.charAt(i) != '?') {
                return false;
            } else if (b >= '!' && b <= '~' && b != '=') {
                literal(b);
            } else if (b == ' ' || b == '\t') {
                boolean endsLine = i + 1 == length || source[i + 1] == '\r' || source[i + 1] == '\n';
                if (endsLine) {
                    escaped(b);
                } else {
                    literal(b);
                }
            } else if (b == '\r' || b == '\n') {
                if (b == '\r' && i + 1 < length && source[i + 1] == '\n') {
                    i++;
                }
                out[n++] = '\r';
                out[n++] = '\n';
                column = 0;
            } else if (b >= 0x80 && latin1) {
                escaped(0xc0 | b >> 6);
                escaped(0x80 | b & 0x3f);
            } else {
                escaped(b);
            }
        }
        return true;
    }

    /**
     * How many of the word's bytes, from its first, are printable ASCII or spaces but {@code =}
     * and {@code ?} (which the byte at a time path checks: it may stand for another character).
     */
    private static int literalBytes(long word) {
        long belowSpace = (word - 0x20 * ONES) & ~word & HIGH_BITS;
        long aboveTilde = ((word + ONES) | word) & HIGH_BITS;
        // The lowest byte flagged is exact in each test: borrows and carries only reach the bytes above it.
        long flagged = belowSpace | aboveTilde | bytesEqual(word, '=') | bytesEqual(word, '?');
        return flagged == 0 ? Long.BYTES : Long.numberOfTrailingZeros(flagged) >>> 3;
    }

    /** The high bit set in the lowest byte of the word that is {@code b}, if any (and maybe in bytes above it). */
    private static long bytesEqual(long word, char b) {
        long zeroWhereEqual = word ^ (b * ONES);
        return (zeroWhereEqual - ONES) & ~zeroWhereEqual & HIGH_BITS;
    }

    private void literal(int b) {
        room(1);
        out[n++] = (byte) b;
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
}
