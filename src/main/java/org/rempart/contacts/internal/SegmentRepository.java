package org.rempart.contacts.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.rempart.platform.DbTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL of saved segments and static lists. */
@Repository
public class SegmentRepository {

    private final JdbcTemplate jdbc;

    SegmentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Segment(long id, String name, String filter, Instant createdAt) {
    }

    public record ContactList(long id, String name, Instant createdAt, long members) {
    }

    public long insertSegment(String name, String filter, Long operatorId, Instant now) {
        return insert("INSERT INTO segment (name, filter_json, created_at, created_by) VALUES (?, ?, ?, ?)", name, filter,
                DbTime.of(now), operatorId);
    }

    public Optional<Segment> segment(long id) {
        return jdbc.query("SELECT id, name, filter_json, created_at FROM segment WHERE id = ?",
                (rs, n) -> new Segment(rs.getLong(1), rs.getString(2), rs.getString(3), DbTime.read(rs, "created_at")),
                id).stream().findFirst();
    }

    public List<Segment> segments() {
        return jdbc.query("SELECT id, name, filter_json, created_at FROM segment ORDER BY name, id",
                (rs, n) -> new Segment(rs.getLong(1), rs.getString(2), rs.getString(3), DbTime.read(rs, "created_at")));
    }

    public long insertList(String name, Instant now) {
        return insert("INSERT INTO contact_list (name, created_at) VALUES (?, ?)", name, DbTime.of(now));
    }

    private static final String LISTS = """
            SELECT l.id, l.name, l.created_at,
                (SELECT COUNT(*) FROM contact_list_member m WHERE m.list_id = l.id) AS members
            FROM contact_list l""";

    public List<ContactList> lists() {
        return jdbc.query(LISTS + " ORDER BY l.name, l.id", this::contactList);
    }

    public Optional<ContactList> list(long id) {
        return jdbc.query(LISTS + " WHERE l.id = ?", this::contactList, id).stream().findFirst();
    }

    private ContactList contactList(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ContactList(rs.getLong("id"), rs.getString("name"), DbTime.read(rs, "created_at"),
                rs.getLong("members"));
    }

    /** Takes contacts out of a list; returns how many were in it. */
    public int removeMembers(long listId, Collection<Long> contactIds) {
        return new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc).update(
                "DELETE FROM contact_list_member WHERE list_id = :list AND contact_id IN (:ids)",
                java.util.Map.of("list", listId, "ids", contactIds));
    }

    /** Adds contacts to a list (those already in it stay once; unknown contacts are skipped). */
    public int addMembers(long listId, Collection<Long> contactIds) {
        int[][] counts = jdbc.batchUpdate("""
                MERGE INTO contact_list_member m
                USING (SELECT CAST(? AS BIGINT) AS list_id, c.id AS contact_id FROM contact c WHERE c.id = ?) AS x
                ON m.list_id = x.list_id AND m.contact_id = x.contact_id
                WHEN NOT MATCHED THEN INSERT (list_id, contact_id) VALUES (x.list_id, x.contact_id)""",
                contactIds, 500, (ps, id) -> {
                    ps.setLong(1, listId);
                    ps.setLong(2, id);
                });
        int added = 0;
        for (int[] batch : counts) {
            for (int n : batch) {
                added += Math.max(n, 0);
            }
        }
        return added;
    }

    private long insert(String sql, Object... values) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement;
        }, keys);
        return keys.getKeyAs(Long.class);
    }
}
