package org.rempart.delivery.email;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rempart.vault.SecretBox;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The DKIM signing keys, one RSA-2048 key per sending domain, generated the first time a domain
 * signs (or an administrator names it). The private key is stored sealed by the vault and kept in
 * memory only as a {@link RSAPrivateKey}; it is never written anywhere in clear.
 */
@Component
public class DkimKeys {

    private static final int BITS = 2048;

    private final DkimKeyRepository repository;
    private final SecretBox secrets;
    private final Clock clock;
    private final Map<String, RSAPrivateKey> privateKeys = new ConcurrentHashMap<>();

    DkimKeys(DkimKeyRepository repository, SecretBox secrets, Clock clock) {
        this.repository = repository;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** The domain's signing key, generated and stored first when it has none. */
    public RSAPrivateKey privateKey(String domain) {
        return privateKeys.computeIfAbsent(SendingDomain.of(domain), this::loadOrGenerate);
    }

    /** Makes sure the domain has a key, and returns its public half. */
    public DkimPublicKey publicKey(String domain) {
        String normalised = SendingDomain.of(domain);
        privateKey(normalised);
        return repository.find(normalised)
                .map(stored -> new DkimPublicKey(stored.domain(), stored.publicKey(), stored.createdAt()))
                .orElseThrow();
    }

    /** Every domain that has a key, in alphabetical order. */
    public List<DkimPublicKey> publicKeys() {
        return repository.publicKeys();
    }

    private RSAPrivateKey loadOrGenerate(String domain) {
        var stored = repository.find(domain).orElseGet(() -> generate(domain));
        return decode(secrets.open(stored.sealedPrivateKey(), context(domain)));
    }

    private DkimKeyRepository.StoredKey generate(String domain) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(BITS);
            var pair = generator.generateKeyPair();
            var encoder = Base64.getEncoder();
            var key = new DkimKeyRepository.StoredKey(domain,
                    secrets.seal(encoder.encodeToString(pair.getPrivate().getEncoded()), context(domain)),
                    encoder.encodeToString(pair.getPublic().getEncoded()), clock.instant());
            repository.insert(key);
            return key;
        } catch (DuplicateKeyException e) {
            return repository.find(domain).orElseThrow(); // another node generated it at the same time
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is unavailable", e);
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
