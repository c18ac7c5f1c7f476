package org.rempart.delivery.email;

/**
 * A message exactly as it goes on the wire: its bytes (CRLF lines, before SMTP's dot-stuffing)
 * and its envelope sender, the delivery's VERP bounce address.
 */
public record WireMessage(byte[] bytes, String envelopeFrom) {

    /** The size only: the bytes hold the recipient's address and name. */
    @Override
    public String toString() {
        return "WireMessage[" + bytes.length + " bytes]";
    }
}
