package org.rempart.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.rempart.audit.Actor;
import org.rempart.audit.AuditEntry;
import org.rempart.audit.ActorResolver;
import org.rempart.audit.AuditLog;
import org.rempart.audit.AuditRecord;
import org.rempart.audit.ContactIds;
import org.rempart.audit.RequestOrigin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the chain in a transaction of its own: the head row is locked, the entries get the
 * next sequence numbers and their hashes, the head moves on, and all of it commits before the
 * caller goes on (whatever the caller's own transaction does later).
 */
@Component
class JdbcAuditLog implements AuditLog {

    private static final int MAX_USER_AGENT = 300;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final ObjectProvider<ActorResolver> actors;

    JdbcAuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock,
            ObjectProvider<ActorResolver> actors) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.actors = actors;
    }

    @Override
    public long append(AuditRecord record) {
        return appendAll(List.of(record)).getFirst();
    }

    @Override
    public List<Long> appendAll(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        List<AuditRecord> complete = records.stream().map(this::withContext).toList();
        return ownTransaction.execute(status -> write(complete));
    }

    private List<Long> write(List<AuditRecord> records) {
        var head = jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
        long seq = ((Number) head.get("last_seq")).longValue();
        byte[] previous = (byte[]) head.get("last_hash");
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Object[]> entries = new ArrayList<>();
        List<Object[]> subjects = new ArrayList<>();
        List<Long> sequences = new ArrayList<>();
        for (AuditRecord record : records) {
            seq++;
            AuditEntry entry = StoredEntry.entryOf(seq, at, record);
            byte[] hash = EntryHash.of(previous, entry);
            entries.add(new StoredEntry(entry, hash).values());
            for (ContactIds.Range range : SubjectRanges.rows(record.subjects())) {
                subjects.add(new Object[] {seq, range.from(), range.to()});
            }
            sequences.add(seq);
            previous = hash;
        }
        jdbc.batchUpdate("INSERT INTO audit_entry (" + StoredEntry.COLUMNS + ") "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", entries);
        if (!subjects.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO audit_subject (seq, range_from, range_to) VALUES (?, ?, ?)", subjects);
        }
        jdbc.update("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, previous);
        return sequences;
    }

    /** Fills in who acts and from where, from the current request, when the record does not say. */
    private AuditRecord withContext(AuditRecord r) {
        Actor actor = r.actor() != null ? r.actor()
                : actors.orderedStream().flatMap(resolver -> resolver.currentActor().stream()).findFirst()
                        .orElse(new Actor.SystemJob("system"));
        RequestOrigin origin = r.origin() != null ? r.origin() : currentOrigin();
        return new AuditRecord(actor, r.action(), r.purpose(), r.purposeRef(), r.reason(), r.subjects(), origin,
                r.outcome(), r.detail());
    }

    private static RequestOrigin currentOrigin() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return RequestOrigin.NONE;
        }
        HttpServletRequest request = attributes.getRequest();
        String agent = request.getHeader("User-Agent");
        if (agent != null && agent.length() > MAX_USER_AGENT) {
            agent = agent.substring(0, MAX_USER_AGENT);
        }
        return new RequestOrigin(request.getRemoteAddr(), agent);
    }
}
