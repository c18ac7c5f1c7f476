package org.rempart.audit;

import java.time.Instant;

/**
 * The result of checking the whole audit log against its hash chain, its head and the signed
 * checkpoints.
 *
 * <p>{@code firstInvalidSeq} is the lowest sequence number from which the log can no longer be
 * trusted; every entry below it passed every check. It is
 * <ul>
 * <li>an entry whose stored hash is not SHA-256(stored hash of the entry before || its fields),
 * or whose contact index rows differ from its contacts: that entry (an edit, a reordering, or
 * the entry after one inserted with a well-computed hash);
 * <li>a number missing from 1, 2, 3...: a gap, or entries that the head or a signed checkpoint
 * says exist but that the log no longer holds (a deletion or a truncation): the first missing
 * number;
 * <li>when the chain links up but an entry no longer has the hash that a signed checkpoint (or
 * the head) gives it: the entry after the last checkpoint that still matches, since a
 * consistent rewrite lies somewhere after it and cannot be located more precisely;
 * <li>entries beyond the head, which the log did not append: the first of them.
 * </ul>
 * It is null when the log is valid, and also when only the checkpoint file is at fault (a line
 * that is not a valid signed checkpoint): {@code problem} then says so.
 *
 * @param entries the number of entries read
 * @param checkpoints the number of signed checkpoints checked
 * @param problem what failed first, in words (never personal data), or null when valid
 */
public record AuditVerification(
        boolean valid,
        long entries,
        Long firstInvalidSeq,
        int checkpoints,
        String problem,
        Instant verifiedAt) {
}
