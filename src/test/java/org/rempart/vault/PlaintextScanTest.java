package org.rempart.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rempart.StorageTest;
import org.rempart.platform.DataDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes contacts, then looks for their identifiers everywhere an attacker could: every row of
 * every table, every byte of every file in the data directory (the embedded database included),
 * and everything printed. None may appear.
 */
@StorageTest
@ExtendWith(OutputCaptureExtension.class)
class PlaintextScanTest {

    @Autowired
    Vault vault;
    @Autowired
    DataSource dataSource;
    @Autowired
    DataDirectory dataDirectory;

    @Test
    void noIdentifierAppearsInTheDatabaseTheDataDirectoryOrTheOutput(CapturedOutput output) throws Exception {
        Map<Long, ContactIdentity> contacts = new HashMap<>();
        List<String> secrets = new ArrayList<>();
        long base = 900_000_000L + System.nanoTime() % 1_000_000L;
        for (int i = 0; i < 50; i++) {
            String last = "Zyxquorn" + i;
            String email = "scanned.person" + i + "@example-scan.fr";
            String mobile = "+3361234" + String.format("%04d", 1000 + i);
            var identity = new ContactIdentity(last, "Wlodzimir" + i, email, mobile, null, LocalDate.of(1970, 1, 1));
            contacts.put(base + i, identity);
            secrets.addAll(List.of(last, email, mobile, mobile.substring(3)));
        }
        vault.replace(contacts);
        vault.reveal(contacts.keySet(), new AccessPurpose.Delivery(1));
        vault.masked(contacts.keySet());

        String tables = dumpEveryTable();
        boolean embedded = isH2();
        if (embedded) {
            new JdbcTemplate(dataSource).execute("CHECKPOINT SYNC");
        }
        String files = readDataDirectory();
        for (String secret : secrets) {
            assertThat(tables).as("database rows").doesNotContain(secret);
            assertThat(files).as("data directory files").doesNotContain(secret);
            assertThat(output.getAll()).as("output").doesNotContain(secret);
        }
        // The scan can see: clear values of other tables are found where they are.
        assertThat(tables).contains(Long.toString(base), "admin@localhost.localdomain");
        if (embedded) {
            assertThat(files).contains("admin@localhost.localdomain");
        }
    }

    private String dumpEveryTable() throws Exception {
        StringBuilder dump = new StringBuilder();
        var jdbc = new JdbcTemplate(dataSource);
        List<String> tables = jdbc.queryForList("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type IN ('BASE TABLE', 'TABLE')""", String.class);
        assertThat(tables).contains("contact_pii", "contact_key", "audit_entry");
        for (String table : tables) {
            jdbc.query("SELECT * FROM " + table, (ResultSet rs) -> {
                int columns = rs.getMetaData().getColumnCount();
                for (int c = 1; c <= columns; c++) {
                    Object value = rs.getObject(c);
                    dump.append(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1) : value)
                            .append('|');
                }
            });
        }
        return dump.toString();
    }

    private String readDataDirectory() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dataDirectory.path())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                all.append(new String(bytes, StandardCharsets.ISO_8859_1));
                all.append(new String(bytes, StandardCharsets.UTF_16LE));
            }
        }
        return all.toString();
    }

    private boolean isH2() throws Exception {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().contains("H2");
        }
    }
}
