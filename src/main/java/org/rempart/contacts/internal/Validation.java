package org.rempart.contacts.internal;

import java.util.List;

/** The outcome of validating a raw contact: kept (maybe with warnings) or rejected whole, for one reason. */
public sealed interface Validation {

    record Valid(ValidatedContact contact, List<Issue> warnings) implements Validation {
        public Valid {
            warnings = List.copyOf(warnings);
        }
    }

    record Invalid(String field, String reason) implements Validation {
    }

    /** A warning about one field; never holds a value of the contact. */
    record Issue(String field, String reason) {
    }
}
