package org.rempart.delivery;

import java.util.Objects;

/**
 * One email rendered for one recipient, ready for the wire.
 *
 * @param deliveryId the delivery row it belongs to
 * @param messageId the Message-ID without angle brackets, the same on every attempt of the delivery
 * @param from the campaign's sender
 * @param to the recipient's address (personal data)
 * @param subject the rendered subject (may hold merge fields, so personal data too)
 * @param html the rendered HTML body, tracking links and unsubscribe footer included
 * @param text the rendered text body
 * @param unsubscribeUrl the one-click unsubscribe URL for {@code List-Unsubscribe} (RFC 8058)
 * @param unsubscribeMailto the {@code mailto:} alternative for {@code List-Unsubscribe}
 * @param bounceAddress the envelope sender (VERP) that bounces come back to
 */
public record OutgoingEmail(long deliveryId, String messageId, Mailbox from, String to, String subject, String html,
        String text, String unsubscribeUrl, String unsubscribeMailto, String bounceAddress) {

    public OutgoingEmail {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unsubscribeUrl, "unsubscribeUrl");
        Objects.requireNonNull(bounceAddress, "bounceAddress");
    }

    /** Without the recipient, subject or bodies: this may end up in a log. */
    @Override
    public String toString() {
        return "OutgoingEmail[delivery=" + deliveryId + ", messageId=" + messageId + ", from=" + from.address() + "]";
    }
}
