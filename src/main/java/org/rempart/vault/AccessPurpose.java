package org.rempart.vault;

/**
 * Why plaintext is produced. Every way out of the vault names one; it is checked by the guard
 * hook and written to the audit log with the contacts concerned.
 */
public sealed interface AccessPurpose {

    /** The purpose's name in the audit log. */
    String kind();

    /** The campaign, operator, export, contact or incident it refers to. */
    long reference();

    /** Sending a campaign: one audit record per dispatch batch. */
    record Delivery(long campaignId) implements AccessPurpose {
        @Override
        public String kind() {
            return "DELIVERY";
        }

        @Override
        public long reference() {
            return campaignId;
        }
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

        @Override
        public String kind() {
            return "REVEAL";
        }

        @Override
        public long reference() {
            return operatorId;
        }
    }

    /** An approved export. */
    record Export(long exportId) implements AccessPurpose {
        @Override
        public String kind() {
            return "EXPORT";
        }

        @Override
        public long reference() {
            return exportId;
        }
    }

    /** A contact's own request to see their data (GDPR art. 15). */
    record SubjectAccess(long contactId) implements AccessPurpose {
        @Override
        public String kind() {
            return "SUBJECT_ACCESS";
        }

        @Override
        public long reference() {
            return contactId;
        }
    }

    /** Warning the people affected by an incident (GDPR art. 34). */
    record IncidentNotice(long incidentId) implements AccessPurpose {
        @Override
        public String kind() {
            return "INCIDENT_NOTICE";
        }

        @Override
        public long reference() {
            return incidentId;
        }
    }
}
