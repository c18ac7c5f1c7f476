package org.rempart.delivery.email;

import jakarta.mail.internet.InternetAddress;

/**
 * A message exactly as it goes on the wire: its bytes (CRLF lines, before SMTP's dot-stuffing),
 * its envelope sender, the delivery's VERP bounce address, and its recipient, parsed once for
 * both the {@code To} header and the envelope.
 */
public record WireMessage(byte[] bytes, String envelopeFrom, InternetAddress recipient) {

    /** The same message with other bytes: once signed. */
    WireMessage withBytes(byte[] other) {
        return new WireMessage(other, envelopeFrom, recipient);
    }

    /** The size only: the bytes hold the recipient's address and name. */
    @Override
    public String toString() {
        return "WireMessage[" + bytes.length + " bytes]";
    }
}
