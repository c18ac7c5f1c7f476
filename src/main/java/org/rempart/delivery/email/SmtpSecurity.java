package org.rempart.delivery.email;

import java.util.Locale;

/** How the connection to the SMTP server is protected ({@code REMPART_SMTP_TLS}). */
public enum SmtpSecurity {

    /** STARTTLS required: a server that does not offer it is refused (the default). */
    STARTTLS,
    /** STARTTLS when the server offers it, plain text otherwise: only for a relay on a trusted network. */
    OPPORTUNISTIC,
    /** TLS from the first byte (SMTPS, usually port 465). */
    IMPLICIT,
    /** Plain text: a relay on the same machine or network. */
    NONE;

    /** Accepts the setting as written: {@code starttls}, {@code opportunistic}, {@code implicit}, {@code none}. */
    public static SmtpSecurity of(String setting) {
        try {
            return valueOf(setting.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "REMPART_SMTP_TLS must be starttls, opportunistic, implicit or none", e);
        }
    }
}
