package org.rempart.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.rempart.StorageTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Planner statistics after bulk writes, on the storage suite's database. */
@StorageTest
class DatabaseTest {

    @Autowired
    Database database;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTableThatGrewByMoreThanATenthIsAnalyzedAtOnceAndNotOtherwise() {
        Assumptions.assumeTrue(database.isPostgres(), "PostgreSQL only: H2 plans without these statistics");
        String table = "growth_probe_" + System.nanoTime();
        jdbc.execute("CREATE TABLE " + table + " (id BIGINT PRIMARY KEY)");
        try {
            insert(table, 0, 5_000);
            database.analyzeIfGrown(table, 5_000);
            assertThat(knownRows(table)).isEqualTo(5_000);

            insert(table, 5_000, 400);
            database.analyzeIfGrown(table, 400);
            assertThat(knownRows(table)).as("a tenth or less: left to autovacuum").isEqualTo(5_000);

            insert(table, 5_400, 600);
            database.analyzeIfGrown(table, 600);
            assertThat(knownRows(table)).isEqualTo(6_000);
        } finally {
            jdbc.execute("DROP TABLE " + table);
        }
    }

    private void insert(String table, long from, int rows) {
        jdbc.update("INSERT INTO " + table + " SELECT g FROM generate_series(?::bigint, ?::bigint) g", from,
                from + rows - 1);
    }

    private long knownRows(String table) {
        return jdbc.queryForObject("SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(?)", Long.class,
                table);
    }
}
