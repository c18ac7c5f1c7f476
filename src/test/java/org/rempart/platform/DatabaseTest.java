package org.rempart.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rempart.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Planner statistics after bulk writes, on PostgreSQL (the storage suite's second run): on H2,
 * which plans without them, these tests are skipped.
 */
@StorageTest
class DatabaseTest {

    @Autowired
    Database database;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DataSource dataSource;

    private final String table = "growth_probe_" + System.nanoTime();

    @BeforeEach
    void createTable() {
        Assumptions.assumeTrue(database.isPostgres(),
                "PostgreSQL only: H2 plans without these statistics");
        // No autovacuum, which could analyze the table between the test's steps.
        jdbc.execute("CREATE TABLE " + table + " (id BIGINT PRIMARY KEY) WITH (autovacuum_enabled = false)");
    }

    @AfterEach
    void dropTable() {
        if (database.isPostgres()) {
            jdbc.execute("DROP TABLE IF EXISTS " + table);
        }
    }

    @Test
    void aTableThatGrewByMoreThanATenthIsAnalyzedAtOnceAndNotOtherwise() {
        transactions.executeWithoutResult(tx -> {
            insert(0, 5_000);
            database.analyzeIfGrown(table, 5_000);
            assertThat(lockTimeout()).as("the transaction's own setting again").isEqualTo("0");
        });
        assertThat(knownRows()).as("the rows of the analyzing transaction count").isEqualTo(5_000);

        insert(5_000, 400);
        database.analyzeIfGrown(table, 400);
        assertThat(knownRows()).as("a tenth or less: left to autovacuum").isEqualTo(5_000);

        insert(5_400, 600);
        database.analyzeIfGrown(table, 600);
        assertThat(knownRows()).isEqualTo(6_000);
    }

    @Test
    @Timeout(30) // a refresh that waited for the lock would wait for this test's own end
    void aTableLockedElsewhereIsLeftToAutovacuumAndTheTransactionGoesOn() throws Exception {
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            other.createStatement().execute("LOCK TABLE " + table + " IN SHARE UPDATE EXCLUSIVE MODE");
            long start = System.nanoTime();
            transactions.executeWithoutResult(tx -> {
                insert(0, 1_000);
                database.analyzeIfGrown(table, 1_000);
                assertThat(lockTimeout()).isEqualTo("0");
                insert(1_000, 1_000);
            });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            other.rollback();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)).isEqualTo(2_000);
        assertThat(knownRows()).as("not analyzed").isLessThan(1);
    }

    private String lockTimeout() {
        return jdbc.queryForObject("SELECT current_setting('lock_timeout')", String.class);
    }

    private void insert(long from, int rows) {
        jdbc.update("INSERT INTO " + table + " SELECT g FROM generate_series(?::bigint, ?::bigint) g", from,
                from + rows - 1);
    }

    private long knownRows() {
        return jdbc.queryForObject("SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(?)", Long.class,
                table);
    }
}
