package org.rempart.contacts.internal;

/**
 * Whether a normalised address ({@code local@ascii-domain}) can be delivered to: an RFC 5322
 * dot-atom local part and a host name of at least two labels, checked without any network look-up.
 * Internationalised domains arrive here in their IDNA ASCII form and pass.
 */
final class EmailSyntax {

    private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~-";

    private EmailSyntax() {
    }

    static boolean isValid(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0 || address.length() > 254) {
            return false;
        }
        return validLocal(address.substring(0, at)) && validDomain(address.substring(at + 1));
    }

    private static boolean validLocal(String local) {
        if (local.length() > 64 || local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return false;
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (!(isAsciiAlnum(c) || c == '.' || LOCAL_SPECIALS.indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean validDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2 || domain.length() > 253) {
            return false;
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!(isAsciiAlnum(c) || c == '-')) {
                    return false;
                }
            }
        }
        String tld = labels[labels.length - 1];
        return tld.startsWith("xn--") || tld.chars().allMatch(Character::isLetter);
    }

    private static boolean isAsciiAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
