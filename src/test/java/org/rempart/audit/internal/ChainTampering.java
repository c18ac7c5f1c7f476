package org.rempart.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.rempart.audit.AuditEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What a database superuser can do to the audit log: with the append-only triggers out of the way
 * (PostgreSQL: replica mode for the session; H2: the triggers dropped and put back), any SQL.
 * Also saves and restores the log and the checkpoint file, so that a test leaves them as it found them.
 */
final class ChainTampering {

    private static final List<String> TABLES = List.of("audit_entry", "audit_subject", "audit_head");

    private final DataSource dataSource;
    private final Path checkpointFile;
    private byte[] savedCheckpoints;

    ChainTampering(DataSource dataSource, Path checkpointFile) {
        this.dataSource = dataSource;
        this.checkpointFile = checkpointFile;
    }

    /** Runs the work on one connection on which the append-only rule does not hold. */
    void asSuperuser(Consumer<JdbcTemplate> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            var jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            if (postgres) {
                jdbc.execute("SET session_replication_role = replica");
            } else {
                jdbc.execute("DROP TRIGGER audit_entry_append_only");
                jdbc.execute("DROP TRIGGER audit_subject_append_only");
            }
            try {
                work.accept(jdbc);
            } finally {
                if (postgres) {
                    jdbc.execute("SET session_replication_role = DEFAULT");
                } else {
                    jdbc.execute("""
                            CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry
                                FOR EACH ROW CALL 'org.rempart.audit.internal.AppendOnlyTrigger'""");
                    jdbc.execute("""
                            CREATE TRIGGER audit_subject_append_only BEFORE UPDATE, DELETE ON audit_subject
                                FOR EACH ROW CALL 'org.rempart.audit.internal.AppendOnlyTrigger'""");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void sql(String... statements) {
        asSuperuser(jdbc -> {
            for (String statement : statements) {
                jdbc.execute(statement);
            }
        });
    }

    /** Recomputes the hash of this entry alone, as one who edited it carefully but not the rest. */
    void rehash(long seq) {
        asSuperuser(jdbc -> jdbc.update("UPDATE audit_entry SET hash = ? WHERE seq = ?",
                EntryHash.of(hashOf(jdbc, seq - 1), entry(jdbc, seq)), seq));
    }

    /** Recomputes the hashes from this entry on and moves the head: a rewrite that links up. */
    void rechainFrom(long seq) {
        asSuperuser(jdbc -> {
            byte[] previous = hashOf(jdbc, seq - 1);
            List<AuditEntry> entries = jdbc.query("SELECT " + StoredEntry.COLUMNS
                    + " FROM audit_entry WHERE seq >= ? ORDER BY seq", (rs, n) -> StoredEntry.read(rs, n).entry(), seq);
            for (AuditEntry entry : entries) {
                previous = EntryHash.of(previous, entry);
                jdbc.update("UPDATE audit_entry SET hash = ? WHERE seq = ?", previous, entry.seq());
            }
            jdbc.update("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1",
                    entries.getLast().seq(), previous);
        });
    }

    private static byte[] hashOf(JdbcTemplate jdbc, long seq) {
        List<byte[]> hash = jdbc.query("SELECT hash FROM audit_entry WHERE seq = ?", (rs, n) -> rs.getBytes(1), seq);
        return hash.isEmpty() ? EntryHash.genesis() : hash.getFirst();
    }

    private static AuditEntry entry(JdbcTemplate jdbc, long seq) {
        return jdbc.queryForObject("SELECT " + StoredEntry.COLUMNS + " FROM audit_entry WHERE seq = ?",
                (rs, n) -> StoredEntry.read(rs, n).entry(), seq);
    }

    /** Points the head at this entry, as one who deleted the entries after it would. */
    void moveHeadTo(long seq) {
        asSuperuser(jdbc -> jdbc.update(
                "UPDATE audit_head SET last_seq = ?, last_hash = (SELECT hash FROM audit_entry WHERE seq = ?)", seq, seq));
    }

    void save() {
        sql(TABLES.stream().map(t -> "CREATE TABLE saved_" + t + " AS SELECT * FROM " + t).toArray(String[]::new));
        try {
            savedCheckpoints = Files.exists(checkpointFile) ? Files.readAllBytes(checkpointFile) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void restore() {
        asSuperuser(jdbc -> TABLES.forEach(t -> {
            jdbc.execute("DELETE FROM " + t);
            jdbc.execute("INSERT INTO " + t + " SELECT * FROM saved_" + t);
            jdbc.execute("DROP TABLE saved_" + t);
        }));
        try {
            if (savedCheckpoints == null) {
                Files.deleteIfExists(checkpointFile);
            } else {
                Files.write(checkpointFile, savedCheckpoints);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
