package org.rempart.vault.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rempart.platform.DbTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The SQL of the ciphertext tables, {@code contact_key} and {@code contact_pii}: nobody else reads them. */
@Repository
class VaultRepository {

    /** Look-ups by id go by chunks so that no statement carries an unbounded IN list. */
    private static final int CHUNK = 1000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Clock clock;

    VaultRepository(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.clock = clock;
    }

    record KeyRow(long contactId, byte[] wrappedKey, int kekId) {
    }

    /** A contact's wrapped data key and sealed identity; the blob null when it is missing. */
    record SealedRow(KeyRow key, byte[] blob) {
    }

    /**
     * The contacts' keys with their blobs, in one statement: what a reveal reads, and a write
     * before it seals again. A contact without a key (new, or shredded) has no row.
     */
    Map<Long, SealedRow> sealed(Collection<Long> contactIds) {
        Map<Long, SealedRow> rows = new HashMap<>();
        for (List<Long> chunk : chunks(contactIds)) {
            named.query("SELECT k.contact_id, k.wrapped_key, k.kek_key_id, p.blob FROM contact_key k"
                    + " LEFT JOIN contact_pii p ON p.contact_id = k.contact_id WHERE k.contact_id IN (:ids)",
                    Map.of("ids", chunk), rs -> {
                        long id = rs.getLong(1);
                        rows.put(id, new SealedRow(new KeyRow(id, rs.getBytes(2), rs.getInt(3)), rs.getBytes(4)));
                    });
        }
        return rows;
    }

    void insertKeys(List<KeyRow> rows) {
        var now = DbTime.of(clock.instant());
        jdbc.batchUpdate("INSERT INTO contact_key (contact_id, wrapped_key, kek_key_id, created_at) VALUES (?, ?, ?, ?)",
                rows.stream().map(r -> new Object[] {r.contactId(), r.wrappedKey(), r.kekId(), now}).toList());
    }

    /** Replaces the blobs of contacts (delete then insert: one portable statement pair). */
    void replaceBlobs(Map<Long, byte[]> blobs) {
        var now = DbTime.of(clock.instant());
        for (List<Long> chunk : chunks(blobs.keySet())) {
            named.update("DELETE FROM contact_pii WHERE contact_id IN (:ids)", Map.of("ids", chunk));
        }
        jdbc.batchUpdate("INSERT INTO contact_pii (contact_id, blob, updated_at) VALUES (?, ?, ?)",
                blobs.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue(), now}).toList());
    }

    /** Deletes the data key (which alone makes the blob unreadable) and the blob. */
    boolean shred(long contactId) {
        int keys = jdbc.update("DELETE FROM contact_key WHERE contact_id = ?", contactId);
        jdbc.update("DELETE FROM contact_pii WHERE contact_id = ?", contactId);
        return keys > 0;
    }

    long countNotUnder(int kekId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM contact_key WHERE kek_key_id <> ?", Long.class, kekId);
    }

    /** The next rows still wrapped under another key than {@code kekId}, in contact order. */
    List<KeyRow> nextNotUnder(int kekId, long afterContactId, int limit) {
        return jdbc.query("""
                SELECT contact_id, wrapped_key, kek_key_id FROM contact_key
                WHERE kek_key_id <> ? AND contact_id > ? ORDER BY contact_id FETCH FIRST ? ROWS ONLY""",
                (rs, n) -> new KeyRow(rs.getLong(1), rs.getBytes(2), rs.getInt(3)), kekId, afterContactId, limit);
    }

    void updateWrappedKeys(List<KeyRow> rows) {
        jdbc.batchUpdate("UPDATE contact_key SET wrapped_key = ?, kek_key_id = ? WHERE contact_id = ?",
                rows.stream().map(r -> new Object[] {r.wrappedKey(), r.kekId(), r.contactId()}).toList());
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
