package org.rempart.vault;

import java.time.LocalDate;

/**
 * A contact's direct identifiers in clear: what the vault encrypts as one blob, and what it hands
 * out, for one purpose, to code that must use it at once. Any field may be null.
 * {@link #toString()} prints nothing personal, so that a careless log line leaks nothing.
 */
public record ContactIdentity(
        String lastName,
        String firstName,
        String email,
        String mobile,
        String landline,
        LocalDate birthDate) {

    public static final ContactIdentity EMPTY = new ContactIdentity(null, null, null, null, null, null);

    /** This identity with each non-null field of {@code update} replacing its own (an empty cell never blanks). */
    public ContactIdentity mergedWith(ContactIdentity update) {
        return new ContactIdentity(
                update.lastName != null ? update.lastName : lastName,
                update.firstName != null ? update.firstName : firstName,
                update.email != null ? update.email : email,
                update.mobile != null ? update.mobile : mobile,
                update.landline != null ? update.landline : landline,
                update.birthDate != null ? update.birthDate : birthDate);
    }

    @Override
    public String toString() {
        return "ContactIdentity[redacted]";
    }
}
