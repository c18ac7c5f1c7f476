package org.rempart.audit.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.rempart.audit.AuditEntry;
import org.rempart.audit.AuditVerification;

/**
 * The rules of verification, applied to the entries in sequence order: each must link to the one
 * before, the numbers must run 1, 2, 3... without a gap, each signed checkpoint and the head must
 * name an entry that exists with that hash. Remembers the lowest sequence number at which any
 * rule fails (see {@link AuditVerification} for what that number means in each case).
 */
final class ChainWalk {

    private final List<Checkpoint> checkpoints;
    private int nextCheckpoint;
    private long lastMatchingCheckpoint;
    private boolean checkpointContradicted;
    private long expected = 1;
    private byte[] previous = EntryHash.genesis();
    private long entries;
    private Long firstInvalid;
    private String problem;
    private String checkpointFileProblem;

    /** @param checkpoints the checkpoints whose signatures verified */
    ChainWalk(List<Checkpoint> checkpoints) {
        this.checkpoints = checkpoints.stream().sorted(Comparator.comparingLong(Checkpoint::seq)).toList();
    }

    /** The next entry in sequence order, and whether its contact index rows match its contacts. */
    void entry(StoredEntry stored, boolean indexMatches) {
        AuditEntry entry = stored.entry();
        long seq = entry.seq();
        entries++;
        if (seq > expected) {
            fail(expected, seq - 1 > expected ? "entries " + expected + " to " + (seq - 1) + " are missing"
                    : "entry " + expected + " is missing");
        } else if (seq < expected) {
            fail(seq, "entry " + seq + " is out of sequence");
        }
        if (!Arrays.equals(EntryHash.of(previous, entry), stored.hash())) {
            fail(seq, "entry " + seq + " does not match its hash");
        }
        if (!indexMatches) {
            fail(seq, "the contact index of entry " + seq + " differs from its contacts");
        }
        checkCheckpointsUpTo(seq, stored.hash());
        previous = stored.hash();
        expected = Math.max(expected, seq + 1);
    }

    private void checkCheckpointsUpTo(long seq, byte[] hash) {
        for (; nextCheckpoint < checkpoints.size() && checkpoints.get(nextCheckpoint).seq() <= seq; nextCheckpoint++) {
            Checkpoint checkpoint = checkpoints.get(nextCheckpoint);
            if (checkpoint.seq() < seq) {
                fail(expected, "entry " + checkpoint.seq() + ", signed at " + checkpoint.at() + ", is missing");
            } else if (Arrays.equals(checkpoint.hash(), hash)) {
                if (!checkpointContradicted) {
                    lastMatchingCheckpoint = seq;
                }
            } else {
                contradicted("entry " + seq + " differs from the checkpoint signed at " + checkpoint.at());
            }
        }
    }

    /** The chain links up to here, yet differs from a signed state: rewritten after the last match. */
    private void contradicted(String why) {
        checkpointContradicted = true;
        fail(lastMatchingCheckpoint + 1, why + "; entries after " + lastMatchingCheckpoint + " were rewritten");
    }

    /** After the last entry: the head and the remaining checkpoints must not point past it. */
    void finish(long headSeq, byte[] headHash) {
        long last = expected - 1;
        for (; nextCheckpoint < checkpoints.size(); nextCheckpoint++) {
            Checkpoint checkpoint = checkpoints.get(nextCheckpoint);
            fail(expected, "the log ends at entry " + last + ", but a checkpoint signed at " + checkpoint.at()
                    + " names entry " + checkpoint.seq());
        }
        if (headSeq > last) {
            fail(expected, "the log ends at entry " + last + ", but its head names entry " + headSeq);
        } else if (headSeq < last) {
            fail(headSeq + 1, "entries after " + headSeq + ", the head, were not appended by the log");
        } else if (!Arrays.equals(headHash, previous)) {
            contradicted("the head differs from entry " + headSeq);
        }
    }

    /** After the last entry, when the head row itself is gone. */
    void headMissing() {
        finish(expected - 1, previous);
        contradicted("the head of the log is missing");
    }

    /** The checkpoint file has a line that is not a valid signed checkpoint. */
    void checkpointFileFault(String why) {
        if (checkpointFileProblem == null) {
            checkpointFileProblem = why;
        }
    }

    /** A rule failed at this sequence number. */
    void fail(long seq, String why) {
        if (firstInvalid == null || seq < firstInvalid) {
            firstInvalid = seq;
            problem = why;
        }
    }

    AuditVerification result(Instant now) {
        String why = problem != null ? problem : checkpointFileProblem;
        return new AuditVerification(why == null, entries, firstInvalid, checkpoints.size(), why, now);
    }
}
