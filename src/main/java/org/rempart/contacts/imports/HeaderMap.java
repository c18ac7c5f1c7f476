package org.rempart.contacts.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rempart.contacts.internal.ContactField;
import org.rempart.contacts.internal.ContactValidator;
import org.rempart.contacts.internal.RawContact;

/**
 * What each column of a file holds, from its header: a contact field (English or French name,
 * case- and accent-insensitive), or a free attribute. Columns that cannot be kept are listed as
 * warnings on line 1.
 */
final class HeaderMap {

    /**
     * Headers that announce identifying data with no place in Rempart: never stored as attributes,
     * which sit in clear outside the vault.
     */
    private static final Set<String> IDENTIFYING = Set.of("address", "adresse", "street", "rue", "iban", "bic",
            "nir", "ssn", "numero_securite_sociale", "passport", "passeport", "password", "mot_de_passe",
            "card_number", "numero_carte", "name", "full_name", "nom_complet", "birth_place", "lieu_naissance");

    private final ContactField[] fields;
    private final String[] attributes;
    private final List<ImportRow.Issue> warnings;

    private HeaderMap(ContactField[] fields, String[] attributes, List<ImportRow.Issue> warnings) {
        this.fields = fields;
        this.attributes = attributes;
        this.warnings = warnings;
    }

    static HeaderMap of(List<String> headers) throws CsvSource.UnreadableFileException {
        int columns = headers.size();
        ContactField[] fields = new ContactField[columns];
        String[] attributes = new String[columns];
        List<ImportRow.Issue> warnings = new ArrayList<>();
        Set<ContactField> seen = new HashSet<>();
        Set<String> attributeNames = new HashSet<>();
        for (int i = 0; i < columns; i++) {
            String header = headers.get(i) == null ? "" : headers.get(i).replace("\uFEFF", "");
            var field = ContactField.ofHeader(header);
            String column = "column " + (i + 1);
            if (field.isPresent()) {
                if (seen.add(field.get())) {
                    fields[i] = field.get();
                } else {
                    warnings.add(new ImportRow.Issue(1, field.get().canonical(), "repeated column: " + column
                            + " is ignored"));
                }
                continue;
            }
            var name = ContactValidator.attributeName(header);
            if (name.isEmpty()) {
                if (!header.isBlank()) {
                    warnings.add(new ImportRow.Issue(1, column, "header is not a usable attribute name: ignored"));
                }
            } else if (IDENTIFYING.contains(name.get())) {
                warnings.add(new ImportRow.Issue(1, name.get(),
                        "identifying data that Rempart does not keep: column ignored"));
            } else if (!attributeNames.add(name.get())) {
                warnings.add(new ImportRow.Issue(1, name.get(), "repeated column: " + column + " is ignored"));
            } else {
                attributes[i] = name.get();
            }
        }
        if (!seen.contains(ContactField.EMAIL) && !seen.contains(ContactField.MOBILE)) {
            throw new CsvSource.UnreadableFileException("The header line names no email or mobile column "
                    + "(email/courriel/mail, mobile/portable); check the first line and the separator.");
        }
        return new HeaderMap(fields, attributes, warnings);
    }

    List<ImportRow.Issue> warnings() {
        return warnings;
    }

    /** The raw contact of a record, or null when it has more fields than the header. */
    RawContact read(List<String> values) {
        if (values.size() > fields.length) {
            for (int i = fields.length; i < values.size(); i++) {
                if (!values.get(i).isBlank()) {
                    return null;
                }
            }
        }
        Map<ContactField, String> contact = new EnumMap<>(ContactField.class);
        Map<String, String> extra = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(values.size(), fields.length); i++) {
            if (fields[i] != null) {
                contact.put(fields[i], values.get(i));
            } else if (attributes[i] != null) {
                extra.put(attributes[i], values.get(i));
            }
        }
        return new RawContact(contact, extra);
    }
}
