package org.rempart.vault;

/**
 * Why plaintext is produced. Every way out of the vault names one; it is checked by the guard
 * hook and written to the audit log with the contacts concerned.
 */
public sealed interface AccessPurpose {

    /** Sending a campaign: one audit record per dispatch batch. */
    record Delivery(long campaignId) implements AccessPurpose {
    }

    /** An operator asked to see a contact in clear, and said why. */
    record Reveal(long operatorId, String reason) implements AccessPurpose {
        public Reveal {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("A reveal needs a stated reason");
            }
            reason = reason.strip();
            if (reason.length() > 500) {
                throw new IllegalArgumentException("A reveal reason is at most 500 characters");
            }
        }
    }

    /** An approved export. */
    record Export(long exportId) implements AccessPurpose {
    }

    /** A contact's own request to see their data (GDPR art. 15). */
    record SubjectAccess(long contactId) implements AccessPurpose {
    }

    /** Warning the people affected by an incident (GDPR art. 34). */
    record IncidentNotice(long incidentId) implements AccessPurpose {
    }

    /** The purpose's name in the audit log. */
    default String kind() {
        return switch (this) {
            case Delivery d -> "DELIVERY";
            case Reveal r -> "REVEAL";
            case Export e -> "EXPORT";
            case SubjectAccess s -> "SUBJECT_ACCESS";
            case IncidentNotice i -> "INCIDENT_NOTICE";
        };
    }

    /** The campaign, operator, export, contact or incident it refers to. */
    default long reference() {
        return switch (this) {
            case Delivery d -> d.campaignId();
            case Reveal r -> r.operatorId();
            case Export e -> e.exportId();
            case SubjectAccess s -> s.contactId();
            case IncidentNotice i -> i.incidentId();
        };
    }
}
