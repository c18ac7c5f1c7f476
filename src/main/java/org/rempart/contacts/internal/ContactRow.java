package org.rempart.contacts.internal;

import java.time.Instant;
import org.rempart.contacts.ConsentStatus;
import org.rempart.contacts.ContactKind;

/** The clear columns of a contact. */
public record ContactRow(long id, ContactKind kind, String carrier, String postcode, String ageBand, String locale,
        ConsentStatus consentEmail, ConsentStatus consentSms, String source, Instant createdAt,
        Instant lastActivityAt) {
}
