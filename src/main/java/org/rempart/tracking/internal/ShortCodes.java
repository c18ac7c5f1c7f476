package org.rempart.tracking.internal;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * SMS short codes: 12 characters of {@code [0-9A-Za-z]} (71 bits) derived from the delivery and
 * link by a key of their own, so that the same link always gets the same code, with nothing in it
 * to read or guess; the {@code short_link} table maps a code back.
 */
@Component
public class ShortCodes {

    static final int LENGTH = 12;
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(ALPHABET.length());

    private final byte[] key;

    ShortCodes(TrackingKey key) {
        this.key = key.derive("short code");
    }

    String code(Token click) {
        byte[] mac = TrackingKey.hmac(key,
                ByteBuffer.allocate(12).putLong(click.deliveryId()).putInt(click.linkIndex()).array());
        BigInteger value = new BigInteger(1, Arrays.copyOf(mac, 16));
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            BigInteger[] division = value.divideAndRemainder(BASE);
            code.append(ALPHABET.charAt(division[1].intValue()));
            value = division[0];
        }
        return code.toString();
    }

    /** Whether the text has the shape of a code (before it is looked up). */
    public static boolean wellFormed(String text) {
        return text != null && text.length() == LENGTH && text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
