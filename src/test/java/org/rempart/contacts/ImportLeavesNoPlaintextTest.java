package org.rempart.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rempart.StorageTest;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.rempart.platform.DataDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Imports a file of recognisable people, rejected lines included, then looks for their
 * identifiers in every table, every file of the data directory and everything printed.
 */
@StorageTest
@ExtendWith(OutputCaptureExtension.class)
class ImportLeavesNoPlaintextTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataDirectory data;

    @Test
    void importedIdentifiersAreNowhereInClear(CapturedOutput output) throws IOException {
        String u = Long.toString(System.nanoTime());
        String mobile = UniqueNumbers.mobile();
        List<String> identifiers = List.of("Xylophagou" + u, "Brunhildaz" + u, "xylo." + u + "@scan-test.fr",
                UniqueNumbers.e164(mobile).substring(3), "1961-07-14", "14/07/1961", "Malformedz" + u);
        String csv = "nom;prenom;courriel;portable;date_naissance;fidelite\n"
                + identifiers.get(0) + ";" + identifiers.get(1) + ";" + identifiers.get(2) + ";" + mobile
                + ";14/07/1961;gold\n"
                + identifiers.get(6) + ";Jean;not-an-address;;;\n";
        var status = new ImportClient(port, fixtures.operator(Role.MARKETER).token())
                .run(csv.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(status.get("created").asLong()).isEqualTo(1);
        assertThat(status.get("rejected").asLong()).isEqualTo(1);

        StringBuilder everything = new StringBuilder(output.getAll());
        for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = current_schema() AND table_type IN ('BASE TABLE', 'TABLE')", String.class)) {
            jdbc.queryForList("SELECT * FROM " + table).forEach(row -> row.values().forEach(value -> everything
                    .append(value instanceof byte[] b ? new String(b, StandardCharsets.ISO_8859_1) : value).append('|')));
        }
        if (jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()).contains("H2")) {
            jdbc.execute("CHECKPOINT SYNC");
        }
        try (var files = Files.walk(data.path())) {
            files.filter(Files::isRegularFile).forEach(file -> everything.append(read(file)));
        }
        assertThat(everything).as("the scan sees clear columns").contains("gold");
        for (String identifier : identifiers) {
            assertThat(everything.toString()).as(identifier).doesNotContain(identifier);
        }
    }

    private static String read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new String(bytes, StandardCharsets.ISO_8859_1) + new String(bytes, StandardCharsets.UTF_16LE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
