package org.rempart.vault.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.util.SecretBytes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Envelope encryption of contact blobs: each contact has its own AES-256-GCM data key, wrapped by
 * the key-encryption keyset. The contact id is the associated data of both the wrapped key and
 * the blob, so that neither can be moved to another contact.
 */
@Component
class ContactCipher {

    private static final AesGcmParameters DATA_KEY;

    static {
        try {
            DATA_KEY = AesGcmParameters.builder().setKeySizeBytes(32).setIvSizeBytes(12).setTagSizeBytes(16)
                    .setVariant(AesGcmParameters.Variant.NO_PREFIX).build();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Keysets keys;
    private final SecureRandom random;

    ContactCipher(Keysets keys, SecureRandom random) {
        this.keys = keys;
        this.random = random;
    }

    /** A fresh data key, in clear (to use now) and wrapped (to store). */
    record DataKey(byte[] key, byte[] wrapped, int kekId) {
    }

    DataKey newDataKey(long contactId) throws GeneralSecurityException {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return wrap(key, contactId);
    }

    byte[] unwrap(byte[] wrapped, long contactId) throws GeneralSecurityException {
        return keys.kekAead().decrypt(wrapped, associatedData("dek", contactId));
    }

    /** The same data key wrapped under the current primary key-encryption key. */
    DataKey rewrap(byte[] wrapped, long contactId) throws GeneralSecurityException {
        return wrap(unwrap(wrapped, contactId), contactId);
    }

    private DataKey wrap(byte[] key, long contactId) throws GeneralSecurityException {
        Keysets.Kek kek = keys.kek();
        return new DataKey(key, kek.aead().encrypt(key, associatedData("dek", contactId)), kek.primaryId());
    }

    byte[] encrypt(byte[] dataKey, byte[] plaintext, long contactId) throws GeneralSecurityException {
        return aead(dataKey).encrypt(plaintext, associatedData("pii", contactId));
    }

    byte[] decrypt(byte[] dataKey, byte[] ciphertext, long contactId) throws GeneralSecurityException {
        return aead(dataKey).decrypt(ciphertext, associatedData("pii", contactId));
    }

    private static Aead aead(byte[] dataKey) throws GeneralSecurityException {
        return AesGcmJce.create(AesGcmKey.builder().setParameters(DATA_KEY)
                .setKeyBytes(SecretBytes.copyFrom(dataKey, InsecureSecretKeyAccess.get())).build());
    }

    private static byte[] associatedData(String what, long contactId) {
        byte[] label = ("rempart-" + what + ":").getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(label.length + 8).put(label).putLong(contactId).array();
    }
}
