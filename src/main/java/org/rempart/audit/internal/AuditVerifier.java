package org.rempart.audit.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.rempart.audit.AuditVerification;
import org.rempart.audit.CheckpointSigner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the whole log in sequence order, a run of entries at a time (memory stays flat however
 * long the log), and applies the {@link ChainWalk} rules with the checkpoints whose signatures
 * verify. It reads in one serializable read-only transaction: one snapshot of the entries, their
 * contact rows and the head (an append commits all three together), without blocking appends.
 */
@Component
class AuditVerifier {

    static final int RUN = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final CheckpointFile checkpointFile;
    private final CheckpointSigner signer;
    private final Clock clock;

    AuditVerifier(JdbcTemplate jdbc, PlatformTransactionManager transactions, CheckpointFile checkpointFile,
            CheckpointSigner signer, Clock clock) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_SERIALIZABLE);
        this.snapshot.setReadOnly(true);
        this.checkpointFile = checkpointFile;
        this.signer = signer;
        this.clock = clock;
    }

    AuditVerification verify() {
        var contents = checkpointFile.read();
        List<Checkpoint> signed = new ArrayList<>();
        SortedMap<Integer, String> faults = new TreeMap<>();
        contents.unreadableLines().forEach(line -> faults.put(line, "is not a checkpoint"));
        for (var line : contents.checkpoints()) {
            if (signer.verify(line.checkpoint().signedBytes(), line.signature())) {
                signed.add(line.checkpoint());
            } else {
                faults.put(line.lineNumber(), "has a signature that does not verify");
            }
        }
        ChainWalk walk = new ChainWalk(signed);
        faults.forEach((line, what) -> walk.checkpointFileFault("line " + line + " of " + CheckpointFile.NAME + " " + what));
        snapshot.executeWithoutResult(status -> walk(walk));
        return walk.result(clock.instant());
    }

    private void walk(ChainWalk walk) {
        long after = Long.MIN_VALUE;
        boolean more = true;
        while (more) {
            List<StoredEntry> run = jdbc.query("SELECT " + StoredEntry.COLUMNS
                    + " FROM audit_entry WHERE seq > ? ORDER BY seq LIMIT ?", StoredEntry::read, after, RUN);
            more = run.size() == RUN;
            // The last run also takes contact rows beyond the last entry: they belong to no entry.
            long upTo = more ? run.getLast().entry().seq() : Long.MAX_VALUE;
            var index = new SubjectIndexCheck(run);
            jdbc.query("SELECT seq, range_from, range_to FROM audit_subject WHERE seq > ? AND seq <= ? "
                    + "ORDER BY seq, range_from, range_to", index, after, upTo);
            Set<Long> mismatched = index.mismatched();
            for (StoredEntry stored : run) {
                walk.entry(stored, !mismatched.remove(stored.entry().seq()));
            }
            mismatched.forEach(seq -> walk.fail(seq, "contact index rows name entry " + seq + ", which is not in the log"));
            after = upTo;
        }
        var head = jdbc.queryForList("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
        if (head.isEmpty()) {
            walk.headMissing();
        } else {
            walk.finish(((Number) head.getFirst().get("last_seq")).longValue(),
                    (byte[]) head.getFirst().get("last_hash"));
        }
    }
}
