package org.rempart.audit;

/**
 * One thing to record. The actor and origin may be left null: the log then takes them from the
 * current request ({@link ActorResolver}) or records a system job.
 *
 * @param action what happened, a stable dotted name ({@code vault.reveal}, {@code identity.login.failed})
 * @param purpose why plaintext was produced ({@code DELIVERY}, {@code REVEAL}...), or null
 * @param purposeRef the campaign, export, contact or incident the purpose names, or null
 * @param reason the operator's stated reason (a reveal), or null; never personal data
 * @param subjects the contacts concerned
 * @param detail a short free text; never personal data
 */
public record AuditRecord(
        Actor actor,
        String action,
        String purpose,
        Long purposeRef,
        String reason,
        ContactIds subjects,
        RequestOrigin origin,
        Outcome outcome,
        String detail) {

    public AuditRecord {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("an audit record needs an action");
        }
        subjects = subjects == null ? ContactIds.NONE : subjects;
        outcome = outcome == null ? Outcome.SUCCESS : outcome;
    }

    /** A security-relevant action with no contact concerned. */
    public static AuditRecord action(String action, Outcome outcome, String detail) {
        return new AuditRecord(null, action, null, null, null, ContactIds.NONE, null, outcome, detail);
    }
}
