package org.rempart.vault.internal;

import com.google.crypto.tink.KeysetHandle;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.Map;
import org.rempart.platform.DataDirectory;
import org.rempart.vault.IndexedField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens the vault's keys at start-up, or creates them on a first start. Keys live in the data
 * directory, never in the database; the database only keeps check values that tie it to them.
 * Rempart refuses to start rather than create fresh keys over data encrypted under other ones.
 */
@Configuration(proxyBeanMethods = false)
class VaultKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(VaultKeyConfiguration.class);

    @Bean
    MasterKey masterKey(KeyFiles files, SecureRandom random,
            @Value("${rempart.kms-key-uri:}") String kmsUri,
            @Value("${rempart.master-password:}") String masterPassword,
            @Value("${rempart.db.url:}") String databaseUrl) {
        if (!kmsUri.isBlank()) {
            return MasterKey.Kms.connect(kmsUri);
        }
        if (!masterPassword.isEmpty()) {
            if (masterPassword.length() < 16) {
                throw new VaultStartupException("REMPART_MASTER_PASSWORD is shorter than 16 characters.",
                        "Choose a long master password (a passphrase of several words) and keep it in a secret store.");
            }
            return MasterKey.Password.derive(masterPassword, files.passwordSalt(random));
        }
        if (!databaseUrl.isBlank()) {
            throw new VaultStartupException(
                    "No master key protects the vault's keysets, and Rempart is not on its embedded default database.",
                    "Set REMPART_MASTER_PASSWORD (at least 16 characters) or REMPART_KMS_KEY_URI.");
        }
        return new MasterKey.Unprotected();
    }

    @Bean
    KeyFiles keyFiles(DataDirectory dataDirectory) {
        return new KeyFiles(dataDirectory);
    }

    @Bean
    KeyCheck keyCheck(JdbcClient jdbc) {
        return new KeyCheck(jdbc);
    }

    @Bean
    Keysets keysets(KeyFiles files, MasterKey master, KeyCheck check, TransactionTemplate transactions)
            throws GeneralSecurityException {
        Keysets keys;
        if (!files.anyKeyset()) {
            if (check.databaseHasKeyedData()) {
                throw new VaultStartupException("The key directory " + files.directory()
                        + " holds no keys, but the database holds data encrypted under keys.",
                        "Point REMPART_DATA_DIR at the data directory that belongs to this database (or restore it "
                                + "from a backup). Rempart never creates new keys over existing data.");
            }
            keys = create(files, master);
            transactions.executeWithoutResult(status -> recordChecks(check, keys));
            log.info("Vault keys created in {}", files.directory());
        } else {
            keys = open(files, master);
            var mismatch = check.mismatch(keys);
            if (mismatch.isPresent()) {
                throw new VaultStartupException("The keys in " + files.directory() + " do not match this database ("
                        + mismatch.get() + " differs): its data was encrypted under other keys.",
                        "Use the data directory that belongs to this database, or the database that belongs to these "
                                + "keys. Rempart never creates new keys over existing data.");
            }
            if (!check.databaseHasKeyedData()) {
                transactions.executeWithoutResult(status -> recordChecks(check, keys));
            }
        }
        if (master instanceof MasterKey.Unprotected) {
            log.warn("The vault's keysets in {} are NOT encrypted: anyone who can read that directory can decrypt "
                    + "the contacts. Set REMPART_MASTER_PASSWORD or REMPART_KMS_KEY_URI to protect them.",
                    files.directory());
        }
        return keys;
    }

    private static void recordChecks(KeyCheck check, Keysets keys) {
        try {
            check.record(keys);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot compute the key check values", e);
        }
    }

    private static Keysets create(KeyFiles files, MasterKey master) throws GeneralSecurityException {
        KeysetHandle kek = Keysets.newKek();
        files.store(Keysets.DATA_KEK, kek, master);
        Map<IndexedField, KeysetHandle> blind = new EnumMap<>(IndexedField.class);
        for (IndexedField field : IndexedField.values()) {
            KeysetHandle key = Keysets.newBlindIndexKey();
            files.store(VaultFields.keysetName(field), key, master);
            blind.put(field, key);
        }
        KeysetHandle signing = Keysets.newSigningKey();
        files.store(Keysets.AUDIT_SIGNING, signing, master);
        files.storePublic(Keysets.AUDIT_SIGNING_PUBLIC, signing.getPublicKeysetHandle());
        return new Keysets(kek, blind, signing, signing.getPublicKeysetHandle());
    }

    private static Keysets open(KeyFiles files, MasterKey master) throws GeneralSecurityException {
        KeysetHandle kek = load(files, Keysets.DATA_KEK, master);
        Map<IndexedField, KeysetHandle> blind = new EnumMap<>(IndexedField.class);
        for (IndexedField field : IndexedField.values()) {
            blind.put(field, load(files, VaultFields.keysetName(field), master));
        }
        KeysetHandle signing = load(files, Keysets.AUDIT_SIGNING, master);
        return new Keysets(kek, blind, signing, files.loadPublic(Keysets.AUDIT_SIGNING_PUBLIC));
    }

    /** Loads a keyset; one kept in clear while a master key is now configured is re-encrypted under it. */
    private static KeysetHandle load(KeyFiles files, String name, MasterKey master) {
        if (!files.exists(name)) {
            throw new VaultStartupException("The keyset " + name + " is missing from " + files.directory() + ".",
                    "Restore the whole keys directory from a backup of this data directory.");
        }
        KeysetHandle handle = files.load(name, master);
        if (master.aead().isPresent() && !files.isEncrypted(name)) {
            files.store(name, handle, master);
            log.info("Keyset {} is now encrypted under {}", name, master.description());
        }
        return handle;
    }
}
