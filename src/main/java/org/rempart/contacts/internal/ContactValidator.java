package org.rempart.contacts.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rempart.contacts.Channel;
import org.rempart.contacts.ConsentStatus;
import org.rempart.contacts.ContactKind;
import org.rempart.vault.ContactIdentity;
import org.rempart.vault.Identifiers;
import org.springframework.stereotype.Component;

/**
 * The rules every contact is written under, by import or API, with no network look-up. A contact
 * with any invalid field is rejected whole; reasons name the field and the rule, never the value.
 */
@Component
public class ContactValidator {

    /** Whether the contact must bring an address it can be found again by (import rows, new contacts). */
    public enum Mode {
        NEW_OR_MATCHED,
        CHANGE
    }

    static final int MAX_NAME = 100;
    static final int MAX_ATTRIBUTE = 500;
    static final int MAX_ATTRIBUTES = 50;
    static final int MAX_TAG = 64;
    private static final LocalDate OLDEST = LocalDate.of(1900, 1, 1);
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Set<PhoneNumberType> MOBILE = Set.of(PhoneNumberType.MOBILE,
            PhoneNumberType.FIXED_LINE_OR_MOBILE);
    /** French box lines (09) are VoIP numbers that people use as their home line. */
    private static final Set<PhoneNumberType> LANDLINE = Set.of(PhoneNumberType.FIXED_LINE,
            PhoneNumberType.FIXED_LINE_OR_MOBILE, PhoneNumberType.VOIP);

    private final Clock clock;

    ContactValidator(Clock clock) {
        this.clock = clock;
    }

    /** Thrown inside validation to reject the contact on the first invalid field. */
    private static final class Rejected extends Exception {
        private final transient Validation.Invalid invalid;

        Rejected(ContactField field, String reason) {
            this(field.canonical(), reason);
        }

        Rejected(String field, String reason) {
            super(reason, null, false, false);
            this.invalid = new Validation.Invalid(field, reason);
        }
    }

    public Validation validate(RawContact raw, Mode mode) {
        try {
            return check(raw, mode);
        } catch (Rejected e) {
            return e.invalid;
        }
    }

    private Validation check(RawContact raw, Mode mode) throws Rejected {
        for (var entry : raw.fields().entrySet()) {
            if (entry.getValue().indexOf('\uFFFD') >= 0) {
                throw new Rejected(entry.getKey(), "not readable text in the file's encoding");
            }
        }
        List<Validation.Issue> warnings = new ArrayList<>();
        String email = email(raw.get(ContactField.EMAIL));
        String mobile = phone(raw.get(ContactField.MOBILE), ContactField.MOBILE, MOBILE, "not a mobile number");
        String landline = phone(raw.get(ContactField.LANDLINE), ContactField.LANDLINE, LANDLINE,
                "not a fixed-line number");
        if (mode == Mode.NEW_OR_MATCHED && email == null && mobile == null) {
            throw new Rejected("email", "an email address or a mobile number is required");
        }
        LocalDate birthDate = birthDate(raw.get(ContactField.BIRTH_DATE));
        var identity = new ContactIdentity(name(raw, ContactField.LAST_NAME), name(raw, ContactField.FIRST_NAME),
                email, mobile, landline, birthDate);
        Map<Channel, ConsentStatus> consents = new EnumMap<>(Channel.class);
        consent(raw, ContactField.CONSENT_EMAIL).ifPresent(c -> consents.put(Channel.EMAIL, c));
        consent(raw, ContactField.CONSENT_SMS).ifPresent(c -> consents.put(Channel.SMS, c));
        var contact = new ValidatedContact(identity, kind(raw.get(ContactField.KIND)),
                text(raw, ContactField.CARRIER, 40), postcode(raw.get(ContactField.POSTCODE)),
                locale(raw.get(ContactField.LOCALE)),
                consents, attributes(raw.attributes(), warnings), tags(raw.get(ContactField.TAGS)));
        return new Validation.Valid(contact, warnings);
    }

    private static String email(String raw) throws Rejected {
        if (raw == null) {
            return null;
        }
        Optional<String> normal = Identifiers.normalizeEmail(raw);
        if (normal.isEmpty() || !EmailSyntax.isValid(normal.get())) {
            throw new Rejected(ContactField.EMAIL, "not a valid email address");
        }
        return raw.strip();
    }

    /**
     * A number of the expected type, in E.164. It is parsed the way {@link Identifiers#parsePhone}
     * does ({@code 00} as {@code +}, region FR), but its type is determined once, which also tells
     * whether it is valid: the import checks millions of numbers (the usual French forms are parsed
     * by {@link FrenchNumber}).
     */
    private static String phone(String raw, ContactField field, Set<PhoneNumberType> types, String wrongType)
            throws Rejected {
        if (raw == null) {
            return null;
        }
        var util = PhoneNumberUtil.getInstance();
        String international = raw.startsWith("00") ? "+" + raw.substring(2) : raw;
        PhoneNumber number = FrenchNumber.parse(international);
        if (number == null) {
            try {
                number = util.parse(international, Identifiers.DEFAULT_REGION);
            } catch (NumberParseException e) {
                throw new Rejected(field, "not a valid phone number");
            }
        }
        PhoneNumberType type = util.getNumberType(number);
        if (type == PhoneNumberType.UNKNOWN) {
            throw new Rejected(field, "not a valid phone number");
        }
        if (!types.contains(type)) {
            throw new Rejected(field, wrongType);
        }
        return util.format(number, PhoneNumberFormat.E164);
    }

    private LocalDate birthDate(String raw) throws Rejected {
        if (raw == null) {
            return null;
        }
        LocalDate date;
        try {
            date = raw.indexOf('/') > 0 ? LocalDate.parse(raw, FRENCH_DATE)
                    : LocalDate.parse(raw, DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeException e) {
            throw new Rejected(ContactField.BIRTH_DATE, "not a date (YYYY-MM-DD or DD/MM/YYYY) or an impossible one");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new Rejected(ContactField.BIRTH_DATE, "a birth date cannot be in the future");
        }
        if (date.isBefore(OLDEST)) {
            throw new Rejected(ContactField.BIRTH_DATE, "a birth date cannot be before 1900");
        }
        return date;
    }

    private static String name(RawContact raw, ContactField field) throws Rejected {
        return text(raw, field, MAX_NAME);
    }

    private static String text(RawContact raw, ContactField field, int max) throws Rejected {
        String value = raw.get(field);
        if (value != null && value.length() > max) {
            throw new Rejected(field, "longer than " + max + " characters");
        }
        return value;
    }

    static ContactKind kind(String raw) throws Rejected {
        if (raw == null) {
            return null;
        }
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "client", "customer" -> ContactKind.CLIENT;
            case "prospect" -> ContactKind.PROSPECT;
            default -> throw new Rejected(ContactField.KIND, "must be client or prospect");
        };
    }

    private static Optional<ConsentStatus> consent(RawContact raw, ContactField field) throws Rejected {
        String value = raw.get(field);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "1", "oui", "y", "o" -> ConsentStatus.YES;
            case "no", "false", "0", "non", "n" -> ConsentStatus.NO;
            default -> throw new Rejected(field, "must be yes or no (oui/non, true/false, 1/0)");
        });
    }

    private static String postcode(String raw) throws Rejected {
        if (raw == null) {
            return null;
        }
        String compact = raw.replace(" ", "");
        boolean digits = compact.chars().allMatch(c -> c >= '0' && c <= '9');
        if (digits && compact.length() != 5) {
            throw new Rejected(ContactField.POSTCODE, "a French postcode is 5 digits");
        }
        if (!digits && !raw.matches("[A-Za-z0-9][A-Za-z0-9 -]{1,9}")) {
            throw new Rejected(ContactField.POSTCODE, "not a postcode");
        }
        return digits ? compact : raw.toUpperCase(Locale.ROOT);
    }

    private static String locale(String raw) throws Rejected {
        if (raw == null) {
            return null;
        }
        if (!raw.matches("[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})?")) {
            throw new Rejected(ContactField.LOCALE, "not a language tag such as fr or fr-FR");
        }
        return raw.replace('_', '-');
    }

    private static List<String> tags(String raw) throws Rejected {
        if (raw == null) {
            return List.of();
        }
        List<String> tags = new ArrayList<>();
        for (String tag : raw.split("[|,]")) {
            String t = tag.strip().toLowerCase(Locale.ROOT);
            if (t.length() > MAX_TAG) {
                throw new Rejected(ContactField.TAGS, "a tag is at most " + MAX_TAG + " characters");
            }
            if (!t.isEmpty() && !tags.contains(t)) {
                tags.add(t);
            }
        }
        return tags;
    }

    /**
     * Attributes are meant to be non-identifying: a value that looks like an email address or a
     * phone number is not kept (it would sit in clear outside the vault), with a warning.
     */
    private static Map<String, String> attributes(Map<String, String> raw, List<Validation.Issue> warnings)
            throws Rejected {
        if (raw.size() > MAX_ATTRIBUTES) {
            throw new Rejected("attributes", "at most " + MAX_ATTRIBUTES + " attributes");
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (var entry : raw.entrySet()) {
            String value = entry.getValue();
            if (value.length() > MAX_ATTRIBUTE) {
                throw new Rejected(entry.getKey(), "longer than " + MAX_ATTRIBUTE + " characters");
            }
            if (value.indexOf('\uFFFD') >= 0) {
                throw new Rejected(entry.getKey(), "not readable text in the file's encoding");
            }
            if (looksLikeIdentifier(value)) {
                warnings.add(new Validation.Issue(entry.getKey(),
                        "looks like an email address or a phone number: not kept as an attribute"));
            } else {
                kept.put(entry.getKey(), value);
            }
        }
        return kept;
    }

    static boolean looksLikeIdentifier(String value) {
        int at = value.indexOf('@');
        if (at > 0 && value.indexOf('.', at) > at) {
            return true;
        }
        int digits = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (" .-+()/".indexOf(c) < 0) {
                return false;
            }
        }
        return digits >= 9;
    }

    /** Attribute names as stored: the normalised header, {@code Fidélité Niveau} → {@code fidelite_niveau}. */
    public static Optional<String> attributeName(String header) {
        String name = ContactField.normalizeHeader(header);
        return name.isEmpty() || name.length() > 64 ? Optional.empty() : Optional.of(name);
    }
}
