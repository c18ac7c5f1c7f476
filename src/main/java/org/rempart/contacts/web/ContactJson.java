package org.rempart.contacts.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rempart.contacts.Channel;
import org.rempart.contacts.ConsentStatus;
import org.rempart.contacts.ContactKind;
import org.rempart.contacts.internal.ContactRow;
import org.rempart.contacts.internal.ContactService.MaskedContact;
import org.rempart.vault.ContactIdentity;

/** A contact in API answers: masked in lists and look-ups, in clear (with the birth date) after a reveal. */
record ContactJson(long id, ContactKind kind, String lastName, String firstName, String email, String mobile,
        String landline, String carrier, Integer birthYear, LocalDate birthDate, String postcode,
        Map<Channel, ConsentStatus> consents, Instant createdAt, Instant lastActivityAt) {

    static ContactJson masked(MaskedContact contact) {
        ContactRow row = contact.row();
        var identity = contact.identity();
        return new ContactJson(row.id(), row.kind(), identity.lastName(), identity.firstName(), identity.email(),
                identity.mobile(), identity.landline(), row.carrier(), identity.birthYear(), null, row.postcode(),
                consents(row), row.createdAt(), row.lastActivityAt());
    }

    static ContactJson revealed(ContactRow row, ContactIdentity identity) {
        LocalDate birthDate = identity.birthDate();
        return new ContactJson(row.id(), row.kind(), identity.lastName(), identity.firstName(), identity.email(),
                identity.mobile(), identity.landline(), row.carrier(), birthDate == null ? null : birthDate.getYear(),
                birthDate, row.postcode(), consents(row), row.createdAt(), row.lastActivityAt());
    }

    static Map<Channel, ConsentStatus> consents(ContactRow row) {
        Map<Channel, ConsentStatus> consents = new LinkedHashMap<>();
        consents.put(Channel.EMAIL, row.consentEmail());
        consents.put(Channel.SMS, row.consentSms());
        return consents;
    }

    @Override
    public String toString() {
        return "ContactJson[" + id + "]";
    }
}
