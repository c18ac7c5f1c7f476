package org.rempart.contacts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rempart.contacts.Channel;
import org.rempart.contacts.ConsentStatus;
import org.rempart.contacts.ContactKind;
import org.rempart.contacts.SqlFilter;
import org.rempart.platform.Database;
import org.rempart.platform.DbTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The SQL of contacts: clear columns, blind indexes, consents, tags, attributes, suppressions. */
@Repository
public class ContactRepository {

    private static final String COLUMNS = "c.id, c.kind, c.carrier, c.postcode, c.birth_year, c.locale, "
            + "c.consent_email, c.consent_sms, c.source, c.created_at, c.last_activity_at";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final BulkWrites bulk;
    private final Database database;
    private final AttributeNames attributeNames;
    private final Clock clock;
    private final RowMapper<ContactRow> contact = this::contact;

    ContactRepository(JdbcTemplate jdbc, BulkWrites bulk, Database database, AttributeNames attributeNames,
            Clock clock) {
        this.jdbc = jdbc;
        this.database = database;
        this.attributeNames = attributeNames;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.bulk = bulk;
        this.clock = clock;
    }

    /** A contact to insert or to update with its validated values and blind indexes. */
    public record Write(long id, ValidatedContact contact, ContactAddresses addresses) {
    }

    /** A consent to record: the contact's new choice for a channel, with its proof. */
    public record ConsentChange(long contactId, Channel channel, ConsentStatus status, ConsentProof proof, Long line) {
    }

    /** Fresh contact ids, in one round trip. */
    public List<Long> allocateIds(int count) {
        return jdbc.queryForList("SELECT nextval('contact_id_seq') FROM generate_series(1, ?)", Long.class, count);
    }

    public void insert(List<Write> rows, String source, Instant now) {
        var at = DbTime.of(now);
        bulk.insert("contact", "id, kind, carrier, postcode, birth_year, locale, consent_email, consent_sms, "
                + "attributes, source, created_at", rows.stream().map(r -> {
                    ValidatedContact c = r.contact();
                    // A new contact of unknown kind is a prospect: the kind that needs an explicit yes.
                    ContactKind kind = c.kind() == null ? ContactKind.PROSPECT : c.kind();
                    return new Object[] {r.id(), kind.name(), c.carrier(), c.postcode(), c.birthYear(), c.locale(),
                        name(c.consents().get(Channel.EMAIL)), name(c.consents().get(Channel.SMS)),
                        AttributeJson.encode(c.attributes()), source, at};
                }).toList());
        bulk.insert("contact_address", "contact_id, email_index, mobile_index, landline_index", rows.stream()
                .map(r -> new Object[] {r.id(), r.addresses().email(), r.addresses().mobile(),
                    r.addresses().landline()}).toList());
        bulk.insert("contact_tag", "contact_id, tag", tagRows(rows));
        rememberAttributeNames(rows);
    }

    private void rememberAttributeNames(List<Write> rows) {
        attributeNames.remember(rows.stream().flatMap(r -> r.contact().attributes().keySet().stream())
                .collect(java.util.stream.Collectors.toSet()));
    }

    /** Updates contacts: a null value keeps the stored one; attributes are added to the stored ones. */
    public void update(List<Write> rows) {
        Map<Long, String> attributes = mergedAttributes(rows);
        jdbc.batchUpdate("""
                UPDATE contact SET kind = COALESCE(?, kind), carrier = COALESCE(?, carrier),
                    postcode = COALESCE(?, postcode), birth_year = COALESCE(?, birth_year),
                    locale = COALESCE(?, locale), consent_email = COALESCE(?, consent_email),
                    consent_sms = COALESCE(?, consent_sms), attributes = COALESCE(?, attributes)
                WHERE id = ?""", rows.stream().map(r -> {
                    ValidatedContact c = r.contact();
                    return new Object[] {name(c.kind()), c.carrier(), c.postcode(), c.birthYear(), c.locale(),
                        name(c.consents().get(Channel.EMAIL)), name(c.consents().get(Channel.SMS)),
                        attributes.get(r.id()), r.id()};
                }).toList());
        jdbc.batchUpdate("""
                UPDATE contact_address SET email_index = COALESCE(?, email_index),
                    mobile_index = COALESCE(?, mobile_index), landline_index = COALESCE(?, landline_index)
                WHERE contact_id = ?""", rows.stream().map(r -> new Object[] {r.addresses().email(),
                    r.addresses().mobile(), r.addresses().landline(), r.id()}).toList());
        jdbc.batchUpdate("""
                MERGE INTO contact_tag t USING (VALUES (CAST(? AS BIGINT), CAST(? AS VARCHAR(64)))) AS x (contact_id, tag)
                ON t.contact_id = x.contact_id AND t.tag = x.tag
                WHEN NOT MATCHED THEN INSERT (contact_id, tag) VALUES (x.contact_id, x.tag)""", tagRows(rows));
        rememberAttributeNames(rows);
    }

    /**
     * The attributes column of each updated contact that brings attributes: the stored ones with
     * the rows' added in order (a contact may come twice in one batch).
     */
    private Map<Long, String> mergedAttributes(List<Write> rows) {
        var ids = rows.stream().filter(r -> !r.contact().attributes().isEmpty()).map(Write::id)
                .collect(java.util.stream.Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<String, String>> merged = new HashMap<>();
        named.query("SELECT id, attributes FROM contact WHERE id IN (:ids)", Map.of("ids", ids),
                (ResultSet rs) -> {
                    merged.put(rs.getLong(1), new java.util.TreeMap<>(AttributeJson.decode(rs.getString(2))));
                });
        rows.forEach(r -> merged.computeIfPresent(r.id(), (id, stored) -> {
            stored.putAll(r.contact().attributes());
            return stored;
        }));
        Map<Long, String> columns = new HashMap<>();
        merged.forEach((id, attributes) -> columns.put(id, AttributeJson.encode(attributes)));
        return columns;
    }

    private static List<Object[]> tagRows(List<Write> rows) {
        List<Object[]> tags = new ArrayList<>();
        rows.forEach(r -> r.contact().tags().forEach(t -> tags.add(new Object[] {r.id(), t})));
        return tags;
    }

    public void insertConsents(List<ConsentChange> changes, Instant now) {
        var at = DbTime.of(now);
        bulk.insert("consent_event", "contact_id, channel, status, source, wording, recorded_at, proof_job, "
                + "proof_line, proof_sha256, proof_ref", changes.stream().map(c -> new Object[] {c.contactId(),
                    c.channel().name(), c.status().name(), c.proof().source(), c.proof().wording(), at,
                    c.proof().importJob(), c.line(), c.proof().fileSha256(), c.proof().reference()}).toList());
    }

    /**
     * The stored contacts with these blind indexes in a column ({@code email_index}...): the lowest
     * id wins. Two steps (indexes, then the consents of the few contacts found) so that the planner
     * never joins a long IN list against the whole contact table.
     */
    public Map<String, Match> findByIndex(AddressColumn column, Collection<String> indexes) {
        Map<String, Long> ids = new HashMap<>();
        if (indexes.isEmpty()) {
            return Map.of();
        }
        // One array parameter rather than an IN list: the statement's text stays the same, so
        // PostgreSQL prepares it once and reuses a generic plan, where it would plan each IN list of
        // a chunk's 5,000 values anew, estimating every value (three times the look-up itself).
        jdbc.query("SELECT " + column.sql() + ", contact_id FROM contact_address WHERE " + column.sql()
                + " = ANY(?) ORDER BY contact_id", (ResultSet rs) -> {
                    ids.putIfAbsent(rs.getString(1), rs.getLong(2));
                }, (Object) indexes.toArray(String[]::new));
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Match> matches = new HashMap<>();
        jdbc.query("SELECT id, consent_email, consent_sms FROM contact WHERE id = ANY(?)", (ResultSet rs) -> {
            matches.put(rs.getLong(1), new Match(rs.getLong(1), consent(rs.getString(2)), consent(rs.getString(3))));
        }, (Object) ids.values().stream().distinct().toArray(Long[]::new));
        Map<String, Match> found = new HashMap<>();
        ids.forEach((index, id) -> {
            if (matches.containsKey(id)) {
                found.put(index, matches.get(id));
            }
        });
        return found;
    }

    /** The blind-indexed address columns (never built from input). */
    public enum AddressColumn {
        EMAIL("email_index"),
        MOBILE("mobile_index"),
        LANDLINE("landline_index");

        private final String sql;

        AddressColumn(String sql) {
            this.sql = sql;
        }

        String sql() {
            return sql;
        }
    }

    public Optional<ContactRow> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM contact c WHERE c.id = ?", contact, id).stream().findFirst();
    }

    public Optional<ContactAddresses> addresses(long id) {
        return jdbc.query("SELECT email_index, mobile_index, landline_index FROM contact_address WHERE contact_id = ?",
                (rs, n) -> new ContactAddresses(rs.getString(1), rs.getString(2), rs.getString(3)), id)
                .stream().findFirst();
    }

    public List<ContactRow> page(SqlFilter where, long offset, int limit) {
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(offset);
        parameters.add(limit);
        return jdbc.query("SELECT " + COLUMNS + " FROM contact c WHERE " + where.sql()
                + " ORDER BY c.id DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", contact, parameters.toArray());
    }

    public long count(SqlFilter where) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM contact c WHERE " + where.sql(), Long.class,
                where.parameters().toArray());
    }

    public List<ContactRow> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return named.query("SELECT " + COLUMNS + " FROM contact c WHERE c.id IN (:ids) ORDER BY c.id DESC",
                Map.of("ids", ids), contact);
    }

    public List<ConsentEvent> consentHistory(long id) {
        return jdbc.query("""
                SELECT channel, status, source, wording, recorded_at, proof_job, proof_line, proof_sha256, proof_ref
                FROM consent_event WHERE contact_id = ? ORDER BY recorded_at DESC, id DESC""",
                (rs, n) -> new ConsentEvent(Channel.valueOf(rs.getString(1)), consent(rs.getString(2)),
                        rs.getString(3), rs.getString(4), DbTime.read(rs, "recorded_at"),
                        (Long) rs.getObject(6, Long.class), (Long) rs.getObject(7, Long.class), rs.getString(8),
                        rs.getString(9)), id);
    }

    public List<String> tags(long id) {
        return jdbc.queryForList("SELECT tag FROM contact_tag WHERE contact_id = ? ORDER BY tag", String.class, id);
    }

    public Map<String, String> attributes(long id) {
        return jdbc.query("SELECT attributes FROM contact WHERE id = ?", (rs, n) -> AttributeJson.decode(
                rs.getString(1)), id).stream().findFirst().orElse(Map.of());
    }

    /** Never contact this address again on this channel (kept if it is already there). */
    public void suppress(Channel channel, String blindIndex, String reason, Instant now) {
        jdbc.update("""
                MERGE INTO suppression s
                USING (VALUES (CAST(? AS VARCHAR(8)), CAST(? AS VARCHAR(32)))) AS x (channel, blind_index)
                ON s.channel = x.channel AND s.blind_index = x.blind_index
                WHEN NOT MATCHED THEN INSERT (channel, blind_index, reason, created_at)
                VALUES (x.channel, x.blind_index, ?, ?)""", channel.name(), blindIndex, reason, DbTime.of(now));
    }

    public boolean isSuppressed(Channel channel, String blindIndex) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM suppression WHERE channel = ? AND blind_index = ?",
                Integer.class, channel.name(), blindIndex) > 0;
    }

    /** Removes the contact and everything that refers to it (addresses, consents, tags, lists). */
    public boolean delete(long id) {
        for (String table : List.of("contact_address", "consent_event", "contact_tag", "contact_engagement")) {
            jdbc.update("DELETE FROM " + table + " WHERE contact_id = ?", id);
        }
        return jdbc.update("DELETE FROM contact WHERE id = ?", id) > 0;
    }

    /** After a large import: fresh planner statistics for the tables that segments read. */
    public void refreshStatistics() {
        database.analyze(List.of("contact", "contact_address", "contact_tag", "consent_event"));
    }

    public void recordEngagement(long contactId, Channel channel, String kind, Instant at) {
        jdbc.update("INSERT INTO contact_engagement (contact_id, channel, kind, at) VALUES (?, ?, ?, ?)", contactId,
                channel.name(), kind, DbTime.of(at));
        jdbc.update("UPDATE contact SET last_activity_at = ? WHERE id = ? "
                + "AND (last_activity_at IS NULL OR last_activity_at < ?)", DbTime.of(at), contactId, DbTime.of(at));
    }

    private ContactRow contact(ResultSet rs, int n) throws SQLException {
        return new ContactRow(rs.getLong("id"), ContactKind.valueOf(rs.getString("kind")), rs.getString("carrier"),
                rs.getString("postcode"), AgeBand.of(rs.getObject("birth_year", Integer.class), LocalDate.now(clock)),
                rs.getString("locale"),
                consent(rs.getString("consent_email")), consent(rs.getString("consent_sms")), rs.getString("source"),
                DbTime.read(rs, "created_at"), DbTime.read(rs, "last_activity_at"));
    }

    private static ConsentStatus consent(String value) {
        return value == null ? null : ConsentStatus.valueOf(value);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
