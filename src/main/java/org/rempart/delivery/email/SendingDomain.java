package org.rempart.delivery.email;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/** A sending domain as DKIM and DNS need it: lower case, international names in their ASCII form. */
public final class SendingDomain {

    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    private static final Pattern DOMAIN = Pattern.compile("(?=.{1,253}$)" + LABEL + "(?:\\." + LABEL + ")+");

    private SendingDomain() {
    }

    /** The normalised domain; {@link IllegalArgumentException} when it is not a domain name. */
    public static String of(String typed) {
        String ascii;
        try {
            ascii = IDN.toASCII(typed == null ? "" : typed.strip(), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a domain name", e);
        }
        if (!DOMAIN.matcher(ascii).matches()) {
            throw new IllegalArgumentException("Not a domain name (such as example.fr)");
        }
        return ascii;
    }
}
