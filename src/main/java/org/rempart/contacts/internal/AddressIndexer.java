package org.rempart.contacts.internal;

import org.rempart.vault.BlindIndex;
import org.rempart.vault.ContactIdentity;
import org.rempart.vault.Identifiers;
import org.rempart.vault.IndexedField;
import org.rempart.vault.NormalizedBlindIndexes;
import org.rempart.vault.Vault;
import org.springframework.stereotype.Component;

/** Computes the blind indexes of a contact's identifiers through the vault (thread-safe). */
@Component
public class AddressIndexer {

    private final Vault vault;
    private final NormalizedBlindIndexes normalized;

    AddressIndexer(Vault vault, NormalizedBlindIndexes normalized) {
        this.vault = vault;
        this.normalized = normalized;
    }

    /** The indexes of a validated identity, whose phone numbers are already in E.164 (not parsed again). */
    public ContactAddresses of(ContactIdentity identity) {
        String email = identity.email() == null ? null : Identifiers.normalizeEmail(identity.email())
                .map(value -> normalized.ofNormalized(IndexedField.EMAIL, value).hex()).orElse(null);
        return new ContactAddresses(email, phone(IndexedField.MOBILE, identity.mobile()),
                phone(IndexedField.LANDLINE, identity.landline()));
    }

    private String phone(IndexedField field, String e164) {
        return e164 == null ? null : normalized.ofNormalized(field, e164).hex();
    }

    /** The index of a value as typed (a search), normalised first; null when it cannot be. */
    public String index(IndexedField field, String value) {
        return value == null ? null : vault.blindIndex(field, value).map(BlindIndex::hex).orElse(null);
    }
}
