package org.rempart.tracking.internal;

/**
 * Fixed-width base 36 ({@code [0-9a-z]}) of an unsigned big-endian number, as {@code
 * BigInteger.toString(36)} left-padded with zeros writes it, by long division of 32-bit words:
 * a message carries eight tokens, and BigInteger's conversion allocated and divided more than the
 * token's AES and HMAC together.
 */
final class Base36 {

    /** 36^5, the largest power of 36 whose remainders times 2^32 stay within a long. */
    private static final int CHUNK = 60_466_176;
    private static final int CHUNK_DIGITS = 5;
    private static final char[] DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    private Base36() {
    }

    /** The {@code width} low base-36 digits of {@code bytes} (a length that is a multiple of 4). */
    static String encode(byte[] bytes, int width) {
        if (bytes.length % 4 != 0) {
            throw new IllegalArgumentException("base 36 takes whole 32-bit words");
        }
        int[] words = new int[bytes.length / 4];
        for (int i = 0; i < words.length; i++) {
            words[i] = (bytes[4 * i] & 0xff) << 24 | (bytes[4 * i + 1] & 0xff) << 16 | (bytes[4 * i + 2] & 0xff) << 8
                    | bytes[4 * i + 3] & 0xff;
        }
        int chunks = (width + CHUNK_DIGITS - 1) / CHUNK_DIGITS;
        char[] digits = new char[chunks * CHUNK_DIGITS];
        for (int chunk = 0, end = digits.length; chunk < chunks; chunk++, end -= CHUNK_DIGITS) {
            long remainder = 0;
            for (int i = 0; i < words.length; i++) {
                long dividend = remainder << 32 | Integer.toUnsignedLong(words[i]);
                words[i] = (int) (dividend / CHUNK);
                remainder = dividend % CHUNK;
            }
            for (int d = 1; d <= CHUNK_DIGITS; d++) {
                digits[end - d] = DIGITS[(int) (remainder % 36)];
                remainder /= 36;
            }
        }
        return new String(digits, digits.length - width, width);
    }
}
