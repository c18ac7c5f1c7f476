package org.rempart.vault.internal;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.rempart.vault.ContactIdentity;
import org.rempart.vault.Identifiers;
import org.rempart.vault.MaskedIdentity;

/**
 * What operators see instead of the identifiers: enough to recognise a record, not enough to use
 * it. Names keep their first letter, emails their first letter and top-level domain, phone
 * numbers their country, first digit and last two digits, birth dates their year.
 */
public final class Masking {

    private Masking() {
    }

    static MaskedIdentity of(ContactIdentity identity) {
        return new MaskedIdentity(name(identity.lastName()), name(identity.firstName()), email(identity.email()),
                phone(identity.mobile()), phone(identity.landline()),
                identity.birthDate() == null ? null : identity.birthDate().getYear(), false);
    }

    /** {@code Dupont} → {@code D***}: the length is hidden too. */
    static String name(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.strip();
        return trimmed.substring(0, trimmed.offsetByCodePoints(0, 1)) + "***";
    }

    /** {@code jean.dupont@orange.fr} → {@code j***@o*****.fr}. */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        String name = dot > 0 ? domain.substring(0, dot) : domain;
        String tld = dot > 0 ? domain.substring(dot) : "";
        return first(local) + "***@" + first(name) + "*".repeat(Math.max(0, name.codePointCount(0, name.length()) - 1))
                + tld;
    }

    /** {@code +33612345642} → {@code +33 6 ** ** ** 42}. */
    public static String phone(String e164) {
        if (e164 == null || e164.isBlank()) {
            return null;
        }
        var parsed = Identifiers.parsePhone(e164, Identifiers.DEFAULT_REGION);
        if (parsed.isEmpty()) {
            return "***";
        }
        String national = PhoneNumberUtil.getInstance().getNationalSignificantNumber(parsed.get());
        if (national.length() < 4) {
            return "+" + parsed.get().getCountryCode() + " ***";
        }
        StringBuilder masked = new StringBuilder("+").append(parsed.get().getCountryCode()).append(' ')
                .append(national.charAt(0));
        int hidden = national.length() - 3;
        for (int i = 0; i < hidden; i += 2) {
            masked.append(' ').append(hidden - i >= 2 ? "**" : "*");
        }
        return masked.append(' ').append(national, national.length() - 2, national.length()).toString();
    }

    private static String first(String text) {
        return text.isEmpty() ? "" : text.substring(0, text.offsetByCodePoints(0, 1));
    }
}
