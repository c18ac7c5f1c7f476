package org.rempart.vault.internal;

import com.google.crypto.tink.KeysetHandle;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.rempart.vault.ContactIdentity;
import org.rempart.vault.IndexedField;

/**
 * The vault's per-contact cost against its floor: encrypting (data key unwrapped or, for a new
 * contact, drawn and wrapped; identity encoded and encrypted) and opening (unwrap, decrypt,
 * decode) a typical contact blob, one blind index, and a raw AES-256-GCM encryption and
 * decryption of the same plaintext bytes under a fixed key.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ContactCryptoBenchmark {

    private static final long CONTACT = 123_456_789L;

    private ContactCipher cipher;
    private Keysets keys;
    private ContactIdentity identity;
    private byte[] plaintext;
    private byte[] wrappedKey;
    private byte[] blob;
    private byte[] emailBytes;
    private SecretKeySpec rawKey;
    private Cipher raw;
    private byte[] rawCiphertext;
    private byte[] rawIv;
    private final SecureRandom random = new SecureRandom();

    @Setup
    public void setUp() throws Exception {
        Map<IndexedField, KeysetHandle> blind = new EnumMap<>(IndexedField.class);
        for (IndexedField field : IndexedField.values()) {
            blind.put(field, Keysets.newBlindIndexKey());
        }
        KeysetHandle signing = Keysets.newSigningKey();
        keys = new Keysets(Keysets.newKek(), blind, signing, signing.getPublicKeysetHandle());
        cipher = new ContactCipher(keys, random);
        identity = new ContactIdentity("Dupont-Martin", "Jean-Baptiste", "jean-baptiste.dupont@orange.fr",
                "+33612345678", "+33145678912", LocalDate.of(1984, 5, 17));
        plaintext = IdentityCodec.encode(identity);
        var sealed = cipher.seal(plaintext, CONTACT);
        wrappedKey = sealed.wrappedKey();
        blob = sealed.blob();
        emailBytes = "jean-baptiste.dupont@orange.fr".getBytes();
        byte[] key = new byte[32];
        random.nextBytes(key);
        rawKey = new SecretKeySpec(key, "AES");
        raw = Cipher.getInstance("AES/GCM/NoPadding");
        rawIv = new byte[12];
        random.nextBytes(rawIv);
        raw.init(Cipher.ENCRYPT_MODE, rawKey, new GCMParameterSpec(128, rawIv));
        rawCiphertext = raw.doFinal(plaintext);
    }

    /** A new contact: data key drawn and wrapped, identity encoded and encrypted. */
    @Benchmark
    public ContactCipher.Sealed sealNewContact() throws GeneralSecurityException {
        return cipher.seal(IdentityCodec.encode(identity), CONTACT);
    }

    /** An existing contact: data key unwrapped, identity encoded and encrypted. */
    @Benchmark
    public byte[] encryptContact() throws GeneralSecurityException {
        return cipher.encrypt(cipher.unwrap(wrappedKey, CONTACT), IdentityCodec.encode(identity), CONTACT);
    }

    @Benchmark
    public ContactIdentity openContact() throws Exception {
        return IdentityCodec.decode(cipher.decrypt(cipher.unwrap(wrappedKey, CONTACT), blob, CONTACT));
    }

    @Benchmark
    public byte[] blindIndex() throws GeneralSecurityException {
        return keys.blindIndex(IndexedField.EMAIL).computePrimary(emailBytes, 16);
    }

    @Benchmark
    public byte[] rawAesGcmEncrypt() throws GeneralSecurityException {
        byte[] iv = new byte[12];
        random.nextBytes(iv);
        raw.init(Cipher.ENCRYPT_MODE, rawKey, new GCMParameterSpec(128, iv));
        return raw.doFinal(plaintext);
    }

    @Benchmark
    public byte[] rawAesGcmDecrypt() throws GeneralSecurityException {
        raw.init(Cipher.DECRYPT_MODE, rawKey, new GCMParameterSpec(128, rawIv));
        return raw.doFinal(rawCiphertext);
    }
}
