package org.rempart.vault.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import org.rempart.vault.IndexedField;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ties the database to its keys: a check value per keyset, made with the key and stored in the
 * database, tells at start-up whether the keys of the data directory are the ones this
 * database's data was encrypted with.
 */
class KeyCheck {

    private static final byte[] PROBE = "rempart-key-check".getBytes(StandardCharsets.UTF_8);

    private final JdbcClient jdbc;

    KeyCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the database holds anything encrypted or indexed under some keys. */
    boolean databaseHasKeyedData() {
        return jdbc.sql("SELECT COUNT(*) FROM vault_key_check").query(Long.class).single() > 0
                || jdbc.sql("SELECT COUNT(*) FROM contact_key").query(Long.class).single() > 0;
    }

    void record(Keysets keys) throws GeneralSecurityException {
        save(Keysets.DATA_KEK, keys.kekAead().encrypt(PROBE, PROBE));
        for (IndexedField field : IndexedField.values()) {
            save(field.name(), keys.blindIndex(field).computePrimary(PROBE, 32));
        }
        save(Keysets.AUDIT_SIGNING, keys.signer().sign(PROBE));
    }

    /** The first keyset that does not match the database, if any. */
    Optional<String> mismatch(Keysets keys) {
        Optional<byte[]> kek = stored(Keysets.DATA_KEK);
        if (kek.isPresent() && !decrypts(keys, kek.get())) {
            return Optional.of(Keysets.DATA_KEK);
        }
        for (IndexedField field : IndexedField.values()) {
            Optional<byte[]> value = stored(field.name());
            if (value.isPresent() && !Arrays.equals(value.get(), prf(keys, field))) {
                return Optional.of("blind-index " + field);
            }
        }
        Optional<byte[]> signature = stored(Keysets.AUDIT_SIGNING);
        if (signature.isPresent() && !verifies(keys, signature.get())) {
            return Optional.of(Keysets.AUDIT_SIGNING);
        }
        return Optional.empty();
    }

    /** After a rotation: the check value under the new primary key. */
    void refreshKek(Keysets keys) throws GeneralSecurityException {
        save(Keysets.DATA_KEK, keys.kekAead().encrypt(PROBE, PROBE));
    }

    private static boolean decrypts(Keysets keys, byte[] value) {
        try {
            return MessageDigest.isEqual(keys.kekAead().decrypt(value, PROBE), PROBE);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] prf(Keysets keys, IndexedField field) {
        try {
            return keys.blindIndex(field).computePrimary(PROBE, 32);
        } catch (GeneralSecurityException e) {
            return new byte[0];
        }
    }

    private static boolean verifies(Keysets keys, byte[] signature) {
        try {
            keys.verifier().verify(signature, PROBE);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private Optional<byte[]> stored(String name) {
        return jdbc.sql("SELECT check_value FROM vault_key_check WHERE name = ?").param(name)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    private void save(String name, byte[] value) {
        jdbc.sql("DELETE FROM vault_key_check WHERE name = ?").param(name).update();
        jdbc.sql("INSERT INTO vault_key_check (name, check_value) VALUES (?, ?)").param(name).param(value).update();
    }
}
