package org.rempart.vault.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KmsClients;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.util.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Optional;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * What protects the keyset files at rest: a KMS key, a key derived from a master password, or
 * nothing (the embedded default only, with a warning at every start).
 */
sealed interface MasterKey {

    /** Encrypts and decrypts keyset files; empty for unprotected keysets. */
    Optional<Aead> aead();

    String description();

    record Unprotected() implements MasterKey {
        @Override
        public Optional<Aead> aead() {
            return Optional.empty();
        }

        @Override
        public String description() {
            return "none (unprotected keysets)";
        }
    }

    /** A key derived with Argon2id from {@code REMPART_MASTER_PASSWORD} and a stored salt. */
    record Password(Aead key) implements MasterKey {
        static final int MEMORY_KIB = 64 * 1024;
        static final int ITERATIONS = 3;

        static Password derive(String password, byte[] salt) {
            var parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withSalt(salt).withMemoryAsKB(MEMORY_KIB).withIterations(ITERATIONS).withParallelism(1).build();
            var generator = new Argon2BytesGenerator();
            generator.init(parameters);
            byte[] derived = new byte[32];
            generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), derived);
            try {
                AesGcmKey key = AesGcmKey.builder()
                        .setParameters(AesGcmParameters.builder().setKeySizeBytes(32).setIvSizeBytes(12)
                                .setTagSizeBytes(16).setVariant(AesGcmParameters.Variant.NO_PREFIX).build())
                        .setKeyBytes(SecretBytes.copyFrom(derived, InsecureSecretKeyAccess.get()))
                        .build();
                return new Password(AesGcmJce.create(key));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-256-GCM is available in every JDK", e);
            } finally {
                Arrays.fill(derived, (byte) 0);
            }
        }

        @Override
        public Optional<Aead> aead() {
            return Optional.of(key);
        }

        @Override
        public String description() {
            return "a key derived from REMPART_MASTER_PASSWORD";
        }
    }

    /** A key held by a KMS, reached through a Tink KMS client registered for its URI. */
    record Kms(String uri, Aead key) implements MasterKey {
        static Kms connect(String uri) {
            try {
                return new Kms(uri, KmsClients.get(uri).getAead(uri));
            } catch (GeneralSecurityException e) {
                throw new VaultStartupException("No KMS client can reach the master key " + uri,
                        "Check REMPART_KMS_KEY_URI and that the Tink KMS client for this provider is on the class path.");
            }
        }

        @Override
        public Optional<Aead> aead() {
            return Optional.of(key);
        }

        @Override
        public String description() {
            return "the KMS key " + uri;
        }
    }
}
