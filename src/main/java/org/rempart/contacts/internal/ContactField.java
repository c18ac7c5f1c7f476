package org.rempart.contacts.internal;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The fields a contact is written with, by import or API: the name used in errors and JSON, and
 * the CSV headers (English or French) that mean it.
 */
public enum ContactField {
    LAST_NAME("last_name", "lastName", "nom", "lastname", "nom_de_famille"),
    FIRST_NAME("first_name", "firstName", "prenom", "firstname"),
    EMAIL("email", "email", "courriel", "mail", "e_mail", "adresse_email"),
    MOBILE("mobile", "mobile", "portable", "telephone_mobile", "tel_mobile"),
    LANDLINE("landline", "landline", "fixe", "telephone", "telephone_fixe", "tel_fixe"),
    CARRIER("carrier", "carrier", "operateur"),
    BIRTH_DATE("birth_date", "birthDate", "date_naissance", "date_de_naissance", "birthdate"),
    KIND("kind", "kind", "type"),
    CONSENT_EMAIL("consent_email", "consentEmail", "consentement_email"),
    CONSENT_SMS("consent_sms", "consentSms", "consentement_sms"),
    POSTCODE("postcode", "postcode", "code_postal", "cp"),
    LOCALE("locale", "locale", "langue"),
    TAGS("tags", "tags", "etiquettes");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Map<String, ContactField> BY_HEADER = new HashMap<>();

    static {
        for (ContactField field : values()) {
            BY_HEADER.put(field.canonical, field);
            field.aliases.forEach(alias -> BY_HEADER.put(alias, field));
        }
    }

    private final String canonical;
    private final String jsonName;
    private final List<String> aliases;

    ContactField(String canonical, String jsonName, String... aliases) {
        this.canonical = canonical;
        this.jsonName = jsonName;
        this.aliases = List.of(aliases);
    }

    /** The name in import errors: {@code birth_date}. */
    public String canonical() {
        return canonical;
    }

    /** The name in JSON bodies: {@code birthDate}. */
    public String jsonName() {
        return jsonName;
    }

    /** The field a CSV header names, case-, accent- and punctuation-insensitively ({@code Date de naissance}). */
    public static Optional<ContactField> ofHeader(String header) {
        return Optional.ofNullable(BY_HEADER.get(normalizeHeader(header)));
    }

    /** {@code  Date de Naissance } → {@code date_de_naissance}. */
    public static String normalizeHeader(String header) {
        String plain = MARKS.matcher(Normalizer.normalize(header.strip(), Normalizer.Form.NFD)).replaceAll("");
        String name = SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("_");
        int start = 0;
        int end = name.length();
        while (start < end && name.charAt(start) == '_') {
            start++;
        }
        while (end > start && name.charAt(end - 1) == '_') {
            end--;
        }
        return name.substring(start, end);
    }
}
