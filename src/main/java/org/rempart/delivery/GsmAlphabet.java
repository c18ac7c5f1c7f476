package org.rempart.delivery;

import java.util.Arrays;

/**
 * The GSM 03.38 (3GPP TS 23.038) default alphabet and its extension table: which characters an
 * SMS carries in 7-bit septets, and their septet values. A character of the extension table costs
 * two septets: the escape {@code 0x1B}, then its code.
 */
public final class GsmAlphabet {

    private static final int ESCAPE = 0x1B;

    /** Indexed by septet value; {@code 0x1B} is the escape, not a character. */
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "\f^{}\\[~]|€";
    private static final int[] EXTENSION_CODES = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};

    /** Per character: 0 when outside the alphabet, septet + 1 for the basic table, 0x100 + code for the extension. */
    private static final short[] TABLE = table();
    private static final int EXTENDED = 0x100;

    private GsmAlphabet() {
    }

    /** 1 for a character of the basic table, 2 for one of the extension table, 0 for any other. */
    public static int septets(int codePoint) {
        int entry = codePoint < TABLE.length ? TABLE[codePoint] : 0;
        return entry == 0 ? 0 : entry >= EXTENDED ? 2 : 1;
    }

    public static boolean canEncode(CharSequence text) {
        return text.codePoints().allMatch(c -> septets(c) > 0);
    }

    /** One septet per octet (unpacked), extension characters as the escape followed by their code. */
    public static byte[] encode(CharSequence text) {
        byte[] out = new byte[text.length() * 2];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int entry = c < TABLE.length ? TABLE[c] : 0;
            if (entry == 0) {
                throw new IllegalArgumentException("The character at offset " + i + " is not in the GSM 7-bit alphabet");
            }
            if (entry >= EXTENDED) {
                out[n++] = ESCAPE;
                out[n++] = (byte) (entry - EXTENDED);
            } else {
                out[n++] = (byte) (entry - 1);
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * Text from unpacked septets. An escape followed by a code outside the extension table reads
     * as that code's basic character, as 3GPP TS 23.038 asks of receivers.
     */
    public static String decode(byte[] septets) {
        StringBuilder text = new StringBuilder(septets.length);
        for (int i = 0; i < septets.length; i++) {
            int septet = septets[i] & 0x7F;
            if (septet == ESCAPE && i + 1 < septets.length) {
                int code = septets[++i] & 0x7F;
                int index = indexOf(code);
                text.append(index >= 0 ? EXTENSION.charAt(index) : basic(code));
            } else {
                text.append(basic(septet));
            }
        }
        return text.toString();
    }

    private static char basic(int septet) {
        return septet == ESCAPE ? ' ' : BASIC.charAt(septet);
    }

    private static int indexOf(int extensionCode) {
        for (int i = 0; i < EXTENSION_CODES.length; i++) {
            if (EXTENSION_CODES[i] == extensionCode) {
                return i;
            }
        }
        return -1;
    }

    private static short[] table() {
        int size = Math.max(BASIC.chars().max().orElseThrow(), EXTENSION.chars().max().orElseThrow()) + 1;
        short[] table = new short[size];
        for (int septet = 0; septet < BASIC.length(); septet++) {
            if (septet != ESCAPE) {
                table[BASIC.charAt(septet)] = (short) (septet + 1);
            }
        }
        for (int i = 0; i < EXTENSION.length(); i++) {
            table[EXTENSION.charAt(i)] = (short) (EXTENDED + EXTENSION_CODES[i]);
        }
        return table;
    }
}
