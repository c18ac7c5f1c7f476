package org.rempart.contacts.imports;

import java.util.List;
import org.rempart.contacts.internal.ContactAddresses;
import org.rempart.contacts.internal.ValidatedContact;
import org.rempart.vault.SealedIdentity;

/** One CSV record once prepared (validated, indexed, sealed) or rejected, with its line in the file. */
sealed interface ImportRow {

    long line();

    record Rejected(long line, String field, String reason) implements ImportRow {
    }

    /**
     * A valid row; its identity is sealed under {@code newId}, used if the row turns out to be a
     * new contact (dedupe comes later, in file order).
     */
    record Ready(long line, ValidatedContact contact, ContactAddresses addresses, long newId, SealedIdentity sealed,
            List<Issue> warnings) implements ImportRow {

        /** This row without its mobile number nor its SMS consent (the number belongs to another contact). */
        Ready withoutMobile() {
            return new Ready(line, contact.withoutMobile(), new ContactAddresses(addresses.email(), null,
                    addresses.landline()), newId, sealed, warnings);
        }
    }

    /** A rejected line or a warning: line, field (may be null) and reason; never a value from the file. */
    record Issue(long line, String field, String reason) {
    }
}
