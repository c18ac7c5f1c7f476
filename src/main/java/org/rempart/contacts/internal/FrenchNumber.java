package org.rempart.contacts.internal;

import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * The parse of a French number written the usual ways ({@code 06 12 34 56 78}, {@code 06.12.34.56.78},
 * {@code +33 6 12 34 56 78}), built directly: the same number libphonenumber's {@code parse} gives
 * with region FR (a test checks that), at a small part of its cost, which counts over millions of
 * import rows. Any other form is left to libphonenumber.
 */
final class FrenchNumber {

    private static final int FRANCE = 33;
    private static final int NATIONAL_DIGITS = 9;

    private FrenchNumber() {
    }

    /** The number, or null when it is not in one of these simple forms. */
    static PhoneNumber parse(String raw) {
        int start;
        if (raw.startsWith("+33")) {
            start = 3;
        } else if (raw.startsWith("0")) {
            start = 1;
        } else {
            return null;
        }
        long national = 0;
        int digits = 0;
        for (int i = start; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits == 0 && c == '0' || ++digits > NATIONAL_DIGITS) {
                    return null;
                }
                national = national * 10 + (c - '0');
            } else if (c != ' ' && c != '.' && c != '-') {
                return null;
            }
        }
        return digits == NATIONAL_DIGITS ? new PhoneNumber().setCountryCode(FRANCE).setNationalNumber(national) : null;
    }
}
