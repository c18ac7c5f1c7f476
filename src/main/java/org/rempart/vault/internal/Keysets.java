package org.rempart.vault.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import com.google.crypto.tink.signature.SignatureConfig;
import java.security.GeneralSecurityException;
import java.util.EnumMap;
import java.util.Map;
import org.rempart.vault.IndexedField;

/**
 * The keys of the vault, loaded from the data directory: the key-encryption keyset that wraps
 * every contact's data key (rotatable), one PRF keyset per blind-indexed field, and the audit
 * checkpoint signing keyset.
 */
public class Keysets {

    static final String DATA_KEK = "data-kek";
    static final String AUDIT_SIGNING = "audit-signing";
    static final String AUDIT_SIGNING_PUBLIC = "audit-signing.pub";

    /** The key-encryption keyset with its primitive and primary key id, swapped as one by a rotation. */
    record Kek(KeysetHandle handle, Aead aead, int primaryId) {
    }

    private volatile Kek kek;
    private final Map<IndexedField, PrfSet> blindIndexes;
    private final PublicKeySign signer;
    private final PublicKeyVerify verifier;

    static {
        try {
            AeadConfig.register();
            PrfConfig.register();
            SignatureConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    Keysets(KeysetHandle kek, Map<IndexedField, KeysetHandle> blindIndexes, KeysetHandle signing,
            KeysetHandle signingPublic) throws GeneralSecurityException {
        useKek(kek);
        this.blindIndexes = new EnumMap<>(IndexedField.class);
        for (var entry : blindIndexes.entrySet()) {
            this.blindIndexes.put(entry.getKey(),
                    entry.getValue().getPrimitive(RegistryConfiguration.get(), PrfSet.class));
        }
        this.signer = signing == null ? null : signing.getPrimitive(RegistryConfiguration.get(), PublicKeySign.class);
        this.verifier = signingPublic.getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
    }

    static KeysetHandle newKek() throws GeneralSecurityException {
        return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
    }

    static KeysetHandle newBlindIndexKey() throws GeneralSecurityException {
        return KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF);
    }

    static KeysetHandle newSigningKey() throws GeneralSecurityException {
        return KeysetHandle.generateNew(PredefinedSignatureParameters.ED25519);
    }

    final void useKek(KeysetHandle handle) throws GeneralSecurityException {
        this.kek = new Kek(handle, handle.getPrimitive(RegistryConfiguration.get(), Aead.class),
                handle.getPrimary().getId());
    }

    Kek kek() {
        return kek;
    }

    Aead kekAead() {
        return kek.aead();
    }

    PrfSet blindIndex(IndexedField field) {
        return blindIndexes.get(field);
    }

    /** Null where only the public key is loaded (a verification command). */
    PublicKeySign signer() {
        return signer;
    }

    PublicKeyVerify verifier() {
        return verifier;
    }
}
