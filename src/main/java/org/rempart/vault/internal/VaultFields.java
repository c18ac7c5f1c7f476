package org.rempart.vault.internal;

import java.util.Locale;
import org.rempart.vault.IndexedField;

/** Names tied to the indexed fields inside the vault. */
final class VaultFields {

    private VaultFields() {
    }

    static String keysetName(IndexedField field) {
        return "blind-" + field.name().toLowerCase(Locale.ROOT);
    }
}
