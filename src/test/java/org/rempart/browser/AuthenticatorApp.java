package org.rempart.browser;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What an authenticator app on the operator's phone computes from the key Rempart shows: RFC 6238
 * codes (HMAC-SHA1, 6 digits, 30-second steps). Written independently of Rempart's own code, so
 * that a test also checks Rempart speaks the standard.
 */
final class AuthenticatorApp {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private AuthenticatorApp() {
    }

    /** The code shown now for a key as displayed (groups separated by spaces are fine). */
    static String code(String displayedKey) {
        return code(displayedKey, step(Instant.now()));
    }

    /** A well-formed code that is valid at no time step Rempart accepts right now. */
    static String wrongCode(String displayedKey) {
        long now = step(Instant.now());
        // Rempart accepts one step of drift each way; stay clear of a step change during the test too.
        Set<String> valid = Set.of(code(displayedKey, now - 1), code(displayedKey, now),
                code(displayedKey, now + 1), code(displayedKey, now + 2));
        for (int i = 0; ; i++) {
            String candidate = String.format("%06d", (123456 + i * 111111) % 1_000_000);
            if (!valid.contains(candidate)) {
                return candidate;
            }
        }
    }

    static long step(Instant time) {
        return time.getEpochSecond() / 30;
    }

    static String code(String displayedKey, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(base32(displayedKey), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int value = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
            return String.format("%06d", value % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 4648 base32, as typed by a person: case and spaces do not matter, padding is optional. */
    static byte[] base32(String text) {
        String clean = text.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
        var bytes = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = BASE32.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not base32: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bytes.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return bytes.toByteArray();
    }
}
