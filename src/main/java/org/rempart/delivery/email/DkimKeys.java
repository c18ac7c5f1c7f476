package org.rempart.delivery.email;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rempart.vault.SecretBox;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The DKIM signing keys, one RSA key per sending domain: generated (2048 bits) the first time a
 * domain signs or an administrator names it, or imported by an administrator (2048 to 3072 bits),
 * which replaces the domain's key. The private key is stored sealed by the vault and kept in
 * memory only as a {@link RSAPrivateKey}, read again after {@link #RELOAD_AFTER} so that a key
 * imported on another node signs here too; it is never written anywhere in clear.
 */
@Component
public class DkimKeys {

    private static final int BITS = 2048;
    private static final int MOST_BITS = 3072;
    static final Duration RELOAD_AFTER = Duration.ofMinutes(1);

    /** A domain's signing key and the selector it is published under, null for the configured one. */
    record SigningKey(RSAPrivateKey key, String selector) {

        @Override
        public String toString() {
            return "SigningKey[" + selector + "]";
        }
    }

    /** A key as this node holds it, and when it was read. */
    private record Held(SigningKey signing, Instant readAt) {
    }

    private final DkimKeyRepository repository;
    private final SecretBox secrets;
    private final Clock clock;
    private final Map<String, Held> signingKeys = new ConcurrentHashMap<>();

    DkimKeys(DkimKeyRepository repository, SecretBox secrets, Clock clock) {
        this.repository = repository;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** The domain's signing key, generated and stored first when it has none. */
    SigningKey signingKey(String domain) {
        Instant now = clock.instant();
        return signingKeys.compute(SendingDomain.of(domain), (d, held) -> held != null
                && held.readAt().plus(RELOAD_AFTER).isAfter(now) ? held : new Held(loadOrGenerate(d), now)).signing();
    }

    /**
     * Replaces the domain's key by an administrator's, given as PEM (PKCS#8, unencrypted) and
     * published under {@code selector} (null or blank: the configured one), and returns its public
     * half; {@link IllegalArgumentException}, naming what is wrong but never quoting the key, when
     * it is not an RSA key of 2048 to 3072 bits or the selector is not a DNS label.
     */
    public DkimPublicKey importKey(String domain, String pem, String selector) {
        String normalised = SendingDomain.of(domain);
        String own = selector == null || selector.isBlank() ? null : selector.strip().toLowerCase(Locale.ROOT);
        if (own != null && !DkimSettings.isSelector(own)) {
            throw new IllegalArgumentException("A selector is a DNS label: lower-case letters, digits and hyphens");
        }
        RSAPrivateCrtKey key = parse(pem);
        var stored = sealed(normalised, key, publicHalf(key), own);
        repository.replace(stored);
        signingKeys.put(normalised, new Held(new SigningKey(key, own), stored.createdAt()));
        return new DkimPublicKey(normalised, stored.publicKey(), own, stored.createdAt());
    }

    /** Makes sure the domain has a key, and returns its public half. */
    public DkimPublicKey publicKey(String domain) {
        String normalised = SendingDomain.of(domain);
        signingKey(normalised);
        return repository.find(normalised)
                .map(stored -> new DkimPublicKey(stored.domain(), stored.publicKey(), stored.selector(),
                        stored.createdAt()))
                .orElseThrow();
    }

    /** Every domain that has a key, in alphabetical order. */
    public List<DkimPublicKey> publicKeys() {
        return repository.publicKeys();
    }

    private SigningKey loadOrGenerate(String domain) {
        var stored = repository.find(domain).orElseGet(() -> generate(domain));
        return new SigningKey(decode(secrets.open(stored.sealedPrivateKey(), context(domain))), stored.selector());
    }

    private DkimKeyRepository.StoredKey generate(String domain) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(BITS);
            var pair = generator.generateKeyPair();
            var key = sealed(domain, pair.getPrivate(), pair.getPublic(), null);
            repository.insert(key);
            return key;
        } catch (DuplicateKeyException e) {
            return repository.find(domain).orElseThrow(); // another node generated it at the same time
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is unavailable", e);
        }
    }

    /** The key as stored: its private half sealed by the vault, both halves in base64 of their encoding. */
    private DkimKeyRepository.StoredKey sealed(String domain, PrivateKey privateKey, PublicKey publicKey,
            String selector) {
        var encoder = Base64.getEncoder();
        return new DkimKeyRepository.StoredKey(domain, secrets.seal(encoder.encodeToString(privateKey.getEncoded()),
                context(domain)), encoder.encodeToString(publicKey.getEncoded()), selector, clock.instant());
    }

    private static RSAPrivateCrtKey parse(String pem) {
        String text = pem == null ? "" : pem.strip();
        if (text.contains("RSA PRIVATE KEY")) {
            throw new IllegalArgumentException("This is a PKCS#1 key: convert it to PKCS#8 first"
                    + " (openssl pkcs8 -topk8 -nocrypt)");
        }
        if (text.contains("ENCRYPTED PRIVATE KEY")) {
            throw new IllegalArgumentException("This key is encrypted: export it without a passphrase");
        }
        if (!text.startsWith("-----BEGIN PRIVATE KEY-----") || !text.endsWith("-----END PRIVATE KEY-----")) {
            throw new IllegalArgumentException("Expected a PEM private key, from -----BEGIN PRIVATE KEY-----"
                    + " to -----END PRIVATE KEY-----");
        }
        String body = text.substring("-----BEGIN PRIVATE KEY-----".length(),
                text.length() - "-----END PRIVATE KEY-----".length());
        PrivateKey key;
        try {
            key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder()
                    .decode(body)));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("This is not a readable RSA private key");
        }
        if (!(key instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalArgumentException("The key lacks its public exponent (not a full RSA private key)");
        }
        int bits = crt.getModulus().bitLength();
        if (bits < BITS || bits > MOST_BITS) {
            throw new IllegalArgumentException("A DKIM key must have 2048 to 3072 bits; this one has " + bits);
        }
        return crt;
    }

    private static PublicKey publicHalf(RSAPrivateCrtKey key) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(key.getModulus(),
                    key.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is unavailable", e);
        }
    }

    private static RSAPrivateKey decode(String pkcs8) {
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored DKIM key cannot be read", e);
        }
    }

    private static String context(String domain) {
        return "dkim-key:" + domain;
    }
}
