package org.rempart.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/** Random secrets: initial passwords, API tokens, recovery codes, TOTP keys. */
@Component
public class SecretGenerator {

    // No look-alike characters (0/O, 1/l/I) in what people type.
    private static final char[] TYPABLE = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private final SecureRandom random;

    public SecretGenerator(SecureRandom random) {
        this.random = random;
    }

    /** 20 characters of a 57-letter alphabet: about 116 bits. */
    public String password() {
        return typable(20);
    }

    /** 256 random bits, URL-safe, prefixed so that a leaked token is recognisable. */
    public String apiToken() {
        return "rpt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
    }

    /** Two groups of five, about 58 bits: typed once, from paper. */
    public String recoveryCode() {
        String code = typable(10).toLowerCase();
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    /** 160 bits for an RFC 6238 key, Base32 as authenticator apps expect. */
    public byte[] totpKey() {
        return bytes(20);
    }

    static String base32(byte[] data) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32[(buffer << (5 - bits)) & 31]);
        }
        return out.toString();
    }

    static byte[] fromBase32(String text) {
        String clean = text.replace("=", "").replace(" ", "").toUpperCase();
        byte[] out = new byte[clean.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int index = 0;
        for (char c : clean.toCharArray()) {
            int value = c >= 'A' && c <= 'Z' ? c - 'A' : c >= '2' && c <= '7' ? c - '2' + 26 : -1;
            if (value < 0) {
                throw new IllegalArgumentException("Not Base32");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out[index++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return out;
    }

    private String typable(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = TYPABLE[random.nextInt(TYPABLE.length)];
        }
        return new String(chars);
    }

    private byte[] bytes(int count) {
        byte[] data = new byte[count];
        random.nextBytes(data);
        return data;
    }
}
