package org.rempart.platform;

import java.util.List;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which database Rempart runs on, for the few statements that differ (bulk copies, statistics),
 * and the planner's statistics, refreshed after bulk writes. Table names come from the callers'
 * constants, never from input.
 */
@Component
public class Database {

    /** A table grown by more than this share of its rows has statistics too stale to plan on. */
    private static final double STALE_GROWTH = 0.1;

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    public Database(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isPostgres() {
        if (postgres == null) {
            postgres = jdbc.execute((ConnectionCallback<Boolean>) c -> c.getMetaData().getDatabaseProductName()
                    .equals("PostgreSQL"));
        }
        return postgres;
    }

    /** New statistics for these tables, so that the next queries are planned for their new size. */
    public void analyze(List<String> tables) {
        if (isPostgres()) {
            jdbc.execute("ANALYZE " + String.join(", ", tables));
        } else {
            tables.forEach(table -> jdbc.execute("ANALYZE TABLE " + table));
        }
    }

    /**
     * New statistics for a PostgreSQL table that has just grown by more than a tenth of the rows
     * its statistics know of, as its autovacuum would do, but before the next queries rather than
     * up to a minute later: a table planned as nearly empty is read in the wrong order. H2 plans
     * by its indexes and needs none.
     */
    public void analyzeIfGrown(String table, long addedRows) {
        if (!isPostgres() || addedRows == 0) {
            return;
        }
        Double known = jdbc.queryForObject("SELECT reltuples FROM pg_class WHERE oid = to_regclass(?)",
                Double.class, table);
        if (known == null || addedRows > STALE_GROWTH * Math.max(0, known)) {
            analyze(List.of(table));
        }
    }
}
