package org.rempart.tracking.internal;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Tracking tokens: the kind, link position and delivery id in one AES block, encrypted so that the
 * delivery id cannot be read or counted from a URL (one block under a fixed key is a
 * pseudo-random permutation: the same link of the same delivery always gets the same token),
 * followed by 96 bits of HMAC-SHA256 over the block. Written in base 36 (44 characters of
 * {@code [0-9a-z]}), which survives a URL and the local part of an email address, case folding
 * included. A token that does not verify is unknown: no reason is given.
 */
@Component
public class TokenCodec {

    static final int LENGTH = 44;
    private static final int BLOCK = 16;
    private static final int MAC = 12;
    private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft((BLOCK + MAC) * 8);

    // Per thread, initialised once: looking a cipher up and expanding its key cost more than using it.
    private final ThreadLocal<Cipher> encryption;
    private final ThreadLocal<Cipher> decryption;
    private final ThreadLocal<Mac> macs;

    TokenCodec(TrackingKey key) {
        var cipherKey = new SecretKeySpec(Arrays.copyOf(key.derive("token cipher"), BLOCK), "AES");
        byte[] macKey = key.derive("token mac");
        this.encryption = ThreadLocal.withInitial(() -> cipher(Cipher.ENCRYPT_MODE, cipherKey));
        this.decryption = ThreadLocal.withInitial(() -> cipher(Cipher.DECRYPT_MODE, cipherKey));
        this.macs = ThreadLocal.withInitial(() -> TrackingKey.hmac(macKey));
    }

    public String encode(Token token) {
        ByteBuffer block = ByteBuffer.allocate(BLOCK);
        block.put((byte) token.kind().ordinal()).putShort((short) token.linkIndex()).putLong(token.deliveryId());
        byte[] sealed = ByteBuffer.allocate(BLOCK + MAC).put(crypt(encryption, block.array()))
                .array();
        System.arraycopy(mac(sealed), 0, sealed, BLOCK, MAC);
        return Base36.encode(sealed, LENGTH);
    }

    /** The token, when the text is one of ours and unaltered (in any letter case). */
    public Optional<Token> decode(String text) {
        if (text == null || text.length() != LENGTH || !text.chars().allMatch(TokenCodec::isAsciiBase36)) {
            return Optional.empty();
        }
        BigInteger value = new BigInteger(text.toLowerCase(Locale.ROOT), 36);
        if (value.compareTo(LIMIT) >= 0) {
            return Optional.empty();
        }
        byte[] raw = value.toByteArray();
        byte[] sealed = new byte[BLOCK + MAC];
        int length = Math.min(raw.length, sealed.length);
        System.arraycopy(raw, raw.length - length, sealed, sealed.length - length, length);
        byte[] expected = Arrays.copyOf(mac(sealed), MAC);
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(sealed, BLOCK, BLOCK + MAC))) {
            return Optional.empty();
        }
        ByteBuffer block = ByteBuffer.wrap(crypt(decryption, Arrays.copyOf(sealed, BLOCK)));
        int kind = block.get();
        int linkIndex = Short.toUnsignedInt(block.getShort());
        long deliveryId = block.getLong();
        if (kind < 0 || kind >= TokenKind.values().length || deliveryId <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Token(TokenKind.values()[kind], deliveryId, linkIndex));
    }

    /** Only ASCII: {@link Character#digit} would also take other scripts' digits, other spellings of one token. */
    private static boolean isAsciiBase36(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private byte[] mac(byte[] sealed) {
        Mac mac = macs.get();
        mac.update(sealed, 0, BLOCK);
        return mac.doFinal();
    }

    private static byte[] crypt(ThreadLocal<Cipher> cipher, byte[] block) {
        try {
            return cipher.get().doFinal(block);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES failed on one block", e);
        }
    }

    private static Cipher cipher(int mode, SecretKeySpec key) {
        try {
            // One block only: ECB over a single block is the bare AES permutation, no pattern to leak.
            Cipher cipher = Cipher.getInstance("AES/ECB/NoPadding");
            cipher.init(mode, key);
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }
}
