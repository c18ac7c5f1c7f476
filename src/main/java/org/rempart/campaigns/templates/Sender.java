package org.rempart.campaigns.templates;

import java.util.Objects;
import org.rempart.delivery.Mailbox;

/**
 * Who sends a campaign, as its footer names them: the From mailbox and, optionally, a postal
 * address (empty when none).
 */
public record Sender(Mailbox mailbox, String postalAddress) {

    public Sender {
        Objects.requireNonNull(mailbox, "mailbox");
        postalAddress = postalAddress == null ? "" : postalAddress.strip();
    }

    public static Sender of(Mailbox mailbox) {
        return new Sender(mailbox, "");
    }

    /** {@code Name <address>}, or the address alone. */
    String display() {
        return mailbox.name().isEmpty() ? mailbox.address() : mailbox.name() + " <" + mailbox.address() + ">";
    }
}
