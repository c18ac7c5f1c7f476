package org.rempart.tracking.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.rempart.vault.SecretBox;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The secret behind tracking tokens and SMS short codes: 256 random bits generated once, sealed
 * by the vault in {@code tracking_key}, so that a database dump alone cannot forge a token. Each
 * use gets its own key derived from it (HMAC-SHA256 of the use's name).
 */
@Component
public class TrackingKey {

    static final String SEAL_CONTEXT = "tracking.key";

    private final byte[] secret;

    TrackingKey(TrackingRepository repository, SecretBox box, SecureRandom random, Clock clock) {
        this.secret = Base64.getDecoder().decode(box.open(loadOrCreate(repository, box, random, clock), SEAL_CONTEXT));
    }

    private static String loadOrCreate(TrackingRepository repository, SecretBox box, SecureRandom random, Clock clock) {
        var stored = repository.sealedKey();
        if (stored.isPresent()) {
            return stored.get();
        }
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        String sealed = box.seal(Base64.getEncoder().encodeToString(fresh), SEAL_CONTEXT);
        try {
            repository.insertSealedKey(sealed, clock.instant());
            return sealed;
        } catch (DuplicateKeyException otherNodeFirst) {
            return repository.sealedKey().orElseThrow();
        }
    }

    /** A key for one use, such as {@code "token cipher"}: the same on every node, unrelated to the others. */
    byte[] derive(String use) {
        return hmac(secret, use.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] hmac(byte[] key, byte[] data) {
        return hmac(key).doFinal(data);
    }

    /** An HMAC-SHA256 ready to use with {@code key}, for a caller that reuses it. */
    static Mac hmac(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
