package org.rempart.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.rempart.audit.Actor;
import org.rempart.audit.AuditEntry;
import org.rempart.audit.AuditRecord;
import org.rempart.platform.DbTime;

/** An audit entry with the hash stored beside it; the columns and their mapping to records. */
record StoredEntry(AuditEntry entry, byte[] hash) {

    /** The columns of an entry, in the order of {@link #read}. */
    static final String COLUMNS = """
            seq, at, actor_type, actor_id, token_id, actor_name, action, purpose, purpose_ref, reason,
            subjects, subject_count, origin_ip, user_agent, outcome, detail, hash""";

    static StoredEntry read(ResultSet rs, int row) throws SQLException {
        AuditEntry entry = new AuditEntry(rs.getLong("seq"), DbTime.read(rs, "at"), rs.getString("actor_type"),
                nullableLong(rs, "actor_id"), nullableLong(rs, "token_id"), rs.getString("actor_name"),
                rs.getString("action"), rs.getString("purpose"), nullableLong(rs, "purpose_ref"),
                rs.getString("reason"), rs.getString("subjects"), rs.getLong("subject_count"),
                rs.getString("origin_ip"), rs.getString("user_agent"), rs.getString("outcome"),
                rs.getString("detail"));
        return new StoredEntry(entry, rs.getBytes("hash"));
    }

    /** The values of {@link #COLUMNS}, for an insert. */
    Object[] values() {
        AuditEntry e = entry;
        return new Object[] {e.seq(), DbTime.of(e.at()), e.actorType(), e.actorId(), e.tokenId(), e.actorName(),
            e.action(), e.purpose(), e.purposeRef(), e.reason(), e.subjects(), e.subjectCount(), e.originIp(),
            e.userAgent(), e.outcome(), e.detail(), hash};
    }

    /** The entry a complete record (actor and origin known) becomes at this place of the chain. */
    static AuditEntry entryOf(long seq, Instant at, AuditRecord r) {
        String type;
        Long actorId = null;
        Long tokenId = null;
        String name = null;
        switch (r.actor()) {
            case Actor.Operator o -> {
                type = "OPERATOR";
                actorId = o.operatorId();
                name = o.username();
            }
            case Actor.ApiToken t -> {
                type = "API_TOKEN";
                actorId = t.operatorId();
                tokenId = t.tokenId();
                name = t.username();
            }
            case Actor.SystemJob s -> {
                type = "SYSTEM";
                name = s.name();
            }
            case Actor.Anonymous a -> type = "ANONYMOUS";
        }
        return new AuditEntry(seq, at, type, actorId, tokenId, name, r.action(), r.purpose(), r.purposeRef(),
                r.reason(), r.subjects().toString(), r.subjects().count(), r.origin().ip(), r.origin().userAgent(),
                r.outcome().name(), r.detail());
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
