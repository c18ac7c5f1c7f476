package org.rempart.platform;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which database Rempart runs on, for the few statements that differ (bulk copies, statistics),
 * and the planner's statistics, refreshed after bulk writes. Table names come from the callers'
 * constants, never from input.
 */
@Component
public class Database {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    /** A table grown by more than this share of its rows has statistics too stale to plan on. */
    private static final double STALE_GROWTH = 0.1;

    /** How long a refresh inside a caller's transaction waits for the table (a vacuum, another refresh). */
    private static final String LOCK_WAIT = "2s";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate savepoint;
    private volatile Boolean postgres;

    public Database(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
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
     * up to a minute later: a table planned as nearly empty is read in the wrong order. Within the
     * caller's transaction (whose new rows it counts), in a savepoint: when the table stays locked
     * for {@value #LOCK_WAIT}, the refresh is left to autovacuum and the transaction goes on. The
     * table's lock is held until that transaction ends, so keep it short after this. H2 plans by
     * its indexes and needs none.
     */
    public void analyzeIfGrown(String table, long addedRows) {
        if (!isPostgres() || addedRows == 0) {
            return;
        }
        // Written in place, the row count outlives a rollback of the refresh; the statistics do not.
        Double known = jdbc.queryForObject("SELECT (SELECT reltuples FROM pg_class WHERE oid = to_regclass(?))",
                Double.class, table);
        if (known == null || addedRows <= STALE_GROWTH * Math.max(0, known)) {
            return;
        }
        try {
            savepoint.executeWithoutResult(tx -> {
                String lockTimeout = jdbc.queryForObject("SELECT current_setting('lock_timeout')", String.class);
                jdbc.queryForObject("SELECT set_config('lock_timeout', ?, true)", String.class, LOCK_WAIT);
                jdbc.execute("ANALYZE " + table);
                jdbc.queryForObject("SELECT set_config('lock_timeout', ?, true)", String.class, lockTimeout);
            });
        } catch (DataAccessException e) {
            log.warn("Statistics of {} not refreshed ({}); autovacuum will", table, e.getClass().getSimpleName());
        }
    }
}
