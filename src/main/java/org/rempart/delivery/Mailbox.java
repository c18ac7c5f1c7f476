package org.rempart.delivery;

import java.util.Objects;

/** A sender: display name (may be empty) and address. Campaign senders are not personal data. */
public record Mailbox(String name, String address) {

    public Mailbox {
        Objects.requireNonNull(address, "address");
        name = name == null ? "" : name.strip();
    }

    /** The part after {@code @}, lower case: the sending domain that DKIM signs for. */
    public String domain() {
        return domainOf(address);
    }

    /** The domain of any address (a recipient's too), lower case. */
    public static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
