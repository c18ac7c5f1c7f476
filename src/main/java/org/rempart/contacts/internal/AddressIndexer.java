package org.rempart.contacts.internal;

import org.rempart.vault.BlindIndex;
import org.rempart.vault.ContactIdentity;
import org.rempart.vault.IndexedField;
import org.rempart.vault.Vault;
import org.springframework.stereotype.Component;

/** Computes the blind indexes of a contact's identifiers through the vault (thread-safe). */
@Component
public class AddressIndexer {

    private final Vault vault;

    AddressIndexer(Vault vault) {
        this.vault = vault;
    }

    public ContactAddresses of(ContactIdentity identity) {
        return new ContactAddresses(index(IndexedField.EMAIL, identity.email()),
                index(IndexedField.MOBILE, identity.mobile()), index(IndexedField.LANDLINE, identity.landline()));
    }

    public String index(IndexedField field, String value) {
        return value == null ? null : vault.blindIndex(field, value).map(BlindIndex::hex).orElse(null);
    }
}
