package org.rempart.vault;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

/**
 * The normal forms of identifiers, shared by blind indexes, look-ups and imports, so that
 * {@code  Jean.Dupont@Orange.FR } and {@code jean.dupont@orange.fr}, or {@code 06 12 34 56 78}
 * and {@code +33612345678}, are the same person.
 */
public final class Identifiers {

    public static final String DEFAULT_REGION = "FR";

    private Identifiers() {
    }

    /** Trimmed, lower-cased, the domain in its ASCII (IDNA) form; empty when there is no {@code local@domain}. */
    public static Optional<String> normalizeEmail(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.strip();
        int at = value.lastIndexOf('@');
        if (at <= 0 || at == value.length() - 1 || value.indexOf('@') != at) {
            return Optional.empty();
        }
        try {
            String domain = IDN.toASCII(value.substring(at + 1), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            return Optional.of(value.substring(0, at).toLowerCase(Locale.ROOT) + "@" + domain);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** E.164 ({@code +33612345678}) of a valid number; national numbers are read in {@code region}. */
    public static Optional<String> normalizePhone(String raw, String region) {
        return parsePhone(raw, region).map(n -> PhoneNumberUtil.getInstance().format(n, PhoneNumberUtil.PhoneNumberFormat.E164));
    }

    public static Optional<String> normalizePhone(String raw) {
        return normalizePhone(raw, DEFAULT_REGION);
    }

    /** A valid phone number, parsed ({@code 0033 6...}, {@code +33 6...}, {@code 06 ...} in France). */
    public static Optional<PhoneNumber> parsePhone(String raw, String region) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String value = raw.strip();
        if (value.startsWith("00")) {
            value = "+" + value.substring(2);
        }
        try {
            PhoneNumber number = PhoneNumberUtil.getInstance().parse(value, region);
            return PhoneNumberUtil.getInstance().isValidNumber(number) ? Optional.of(number) : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
