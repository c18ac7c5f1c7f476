package org.rempart.vault.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.rempart.platform.DbTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The bulk path's SQL: keys and blobs of new contacts inserted many rows per statement (portable
 * multi-row VALUES, as fast as a driver-rewritten batch, whatever the JDBC URL says).
 */
@Repository
class SealedIdentityRepository {

    private static final int ROWS_PER_STATEMENT = 250;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SealedIdentityRepository(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Row(long contactId, byte[] wrappedKey, int kekId, byte[] blob) {
    }

    void insert(List<Row> rows) {
        var now = DbTime.of(clock.instant());
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Row> part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            List<Object> keys = new ArrayList<>(part.size() * 4);
            List<Object> blobs = new ArrayList<>(part.size() * 3);
            for (Row row : part) {
                keys.addAll(List.of(row.contactId(), row.wrappedKey(), row.kekId(), now));
                blobs.addAll(List.of(row.contactId(), row.blob(), now));
            }
            jdbc.update("INSERT INTO contact_key (contact_id, wrapped_key, kek_key_id, created_at) VALUES "
                    + values(part.size(), "(?, ?, ?, ?)"), keys.toArray());
            jdbc.update("INSERT INTO contact_pii (contact_id, blob, updated_at) VALUES "
                    + values(part.size(), "(?, ?, ?)"), blobs.toArray());
        }
    }

    private static String values(int rows, String row) {
        return String.join(", ", java.util.Collections.nCopies(rows, row));
    }
}
