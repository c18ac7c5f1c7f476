package org.rempart.vault.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rempart.platform.DataDirectory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The keys at start-up: created once, protected, and never used with a database they do not belong to. */
@ExtendWith(OutputCaptureExtension.class)
class VaultKeysTest {

    private static final String PASSWORD = "a master passphrase of some length";

    @TempDir
    Path temp;

    private final VaultKeyConfiguration configuration = new VaultKeyConfiguration();
    private final Map<JdbcClient, DataSource> dataSources = new HashMap<>();

    @Test
    void aFirstStartCreatesPrivateKeysAndTiesTheDatabaseToThem(CapturedOutput output) throws Exception {
        var db = database();
        var dir = dataDirectory("a");
        open(dir, new MasterKey.Unprotected(), db);
        Path keys = dir.resolve("keys");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwx------");
        try (var files = Files.list(keys)) {
            assertThat(files.toList()).hasSize(6).allSatisfy(file -> assertThat(
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------"));
        }
        assertThat(db.sql("SELECT COUNT(*) FROM vault_key_check").query(Long.class).single()).isEqualTo(5);
        assertThat(output.getAll()).contains("are NOT encrypted");
    }

    @Test
    void aMasterPasswordEncryptsTheKeysetsAndAWrongOneIsRefused() throws Exception {
        var db = database();
        var dir = dataDirectory("b");
        var files = new KeyFiles(dir);
        open(dir, MasterKey.Password.derive(PASSWORD, files.passwordSalt(new SecureRandom())), db);
        String kek = Files.readString(dir.resolve("keys/data-kek.json"));
        assertThat(kek).contains("encryptedKeyset").doesNotContain("\"value\"");

        var reopened = open(dir, MasterKey.Password.derive(PASSWORD, files.passwordSalt(new SecureRandom())), db);
        assertThat(reopened.kek().handle().size()).isEqualTo(1);
        assertThatThrownBy(() -> open(dir,
                MasterKey.Password.derive("not the master passphrase", files.passwordSalt(new SecureRandom())), db))
                .isInstanceOf(VaultStartupException.class).hasMessageContaining("cannot be opened");
        assertThatThrownBy(() -> open(dir, new MasterKey.Unprotected(), db))
                .isInstanceOf(VaultStartupException.class).hasMessageContaining("encrypted");
    }

    @Test
    void unprotectedKeysetsAreEncryptedOnceAMasterPasswordIsSet() throws Exception {
        var db = database();
        var dir = dataDirectory("c");
        open(dir, new MasterKey.Unprotected(), db);
        assertThat(Files.readString(dir.resolve("keys/data-kek.json"))).doesNotContain("encryptedKeyset");
        var files = new KeyFiles(dir);
        open(dir, MasterKey.Password.derive(PASSWORD, files.passwordSalt(new SecureRandom())), db);
        assertThat(Files.readString(dir.resolve("keys/data-kek.json"))).contains("encryptedKeyset");
        assertThat(Files.readString(dir.resolve("keys/blind-email.json"))).contains("encryptedKeyset");
    }

    @Test
    void outsideTheEmbeddedDefaultAMasterKeyIsRequired() {
        var dir = dataDirectory("d");
        assertThatThrownBy(() -> configuration.masterKey(new KeyFiles(dir), new SecureRandom(), "", "",
                "jdbc:postgresql://db.example/rempart"))
                .isInstanceOf(VaultStartupException.class).hasMessageContaining("No master key");
        assertThatThrownBy(() -> configuration.masterKey(new KeyFiles(dir), new SecureRandom(), "", "short",
                "jdbc:postgresql://db.example/rempart"))
                .isInstanceOf(VaultStartupException.class).hasMessageContaining("shorter than 16");
        assertThat(configuration.masterKey(new KeyFiles(dir), new SecureRandom(), "", "", ""))
                .isInstanceOf(MasterKey.Unprotected.class);
    }

    @Test
    void theKeysOfAnotherDatabaseAreRefusedAndNoneAreCreatedOverExistingData() throws Exception {
        var first = database();
        var second = database();
        var dirOfFirst = dataDirectory("e");
        var dirOfSecond = dataDirectory("f");
        open(dirOfFirst, new MasterKey.Unprotected(), first);
        open(dirOfSecond, new MasterKey.Unprotected(), second);

        assertThatThrownBy(() -> open(dirOfSecond, new MasterKey.Unprotected(), first))
                .isInstanceOf(VaultStartupException.class).hasMessageContaining("do not match this database");
        var empty = dataDirectory("g");
        assertThatThrownBy(() -> open(empty, new MasterKey.Unprotected(), first))
                .isInstanceOf(VaultStartupException.class).hasMessageContaining("holds no keys");
        try (var files = Files.list(empty.resolve("keys"))) {
            assertThat(files.toList()).isEmpty();
        }
    }

    private Keysets open(DataDirectory dir, MasterKey master, JdbcClient db) throws Exception {
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSources.get(db)));
        return configuration.keysets(new KeyFiles(dir), master, new KeyCheck(db), transactions);
    }

    private JdbcClient database() {
        var source = new JdbcDataSource();
        source.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        source.setUser("sa");
        Flyway.configure().dataSource(source).locations("classpath:db/migration", "classpath:db/vendor/h2").load()
                .migrate();
        JdbcClient client = JdbcClient.create(source);
        dataSources.put(client, source);
        return client;
    }

    private DataDirectory dataDirectory(String name) {
        return new DataDirectory(temp.resolve(name)).ensureExists();
    }
}
