package org.rempart.contacts.internal;

import java.util.List;
import java.util.Map;
import org.rempart.contacts.Channel;
import org.rempart.contacts.ConsentStatus;
import org.rempart.contacts.ContactKind;
import org.rempart.vault.ContactIdentity;

/**
 * A contact that passed validation: the identity for the vault (phone numbers in E.164), the
 * clear segmentation values (the birth year among them, see {@link AgeBand}), and what was left
 * empty as null (an empty value never blanks a stored one). {@link #toString()} shows no personal
 * value.
 */
public record ValidatedContact(
        ContactIdentity identity,
        ContactKind kind,
        String carrier,
        String postcode,
        String locale,
        Map<Channel, ConsentStatus> consents,
        Map<String, String> attributes,
        List<String> tags) {

    public ValidatedContact {
        consents = Map.copyOf(consents);
        attributes = Map.copyOf(attributes);
        tags = List.copyOf(tags);
    }

    /** The year of the birth date, kept in clear for age bands; null when none was given. */
    public Integer birthYear() {
        return identity.birthDate() == null ? null : identity.birthDate().getYear();
    }

    /** This contact with a kind where it has none. */
    public ValidatedContact withDefaultKind(ContactKind fallback) {
        return kind != null || fallback == null ? this
                : new ValidatedContact(identity, fallback, carrier, postcode, locale, consents, attributes, tags);
    }

    /** This contact without its mobile number nor its SMS consent, which go together. */
    public ValidatedContact withoutMobile() {
        var consents = new java.util.EnumMap<Channel, ConsentStatus>(Channel.class);
        consents.putAll(this.consents);
        consents.remove(Channel.SMS);
        return new ValidatedContact(new ContactIdentity(identity.lastName(), identity.firstName(), identity.email(),
                null, identity.landline(), identity.birthDate()), kind, carrier, postcode, locale, consents,
                attributes, tags);
    }

    @Override
    public String toString() {
        return "ValidatedContact[" + kind + "]";
    }
}
