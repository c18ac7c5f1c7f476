package org.rempart.delivery.email;

/** The encoded body of one part of a message, to be copied where the message is assembled. */
sealed interface PartBody permits QuotedPrintable, EightBitText {

    /** The value of the part's {@code Content-Transfer-Encoding}. */
    String transferEncoding();

    /** The encoded length in bytes. */
    int length();

    /** Copies the encoded bytes into {@code target} at {@code offset}; returns the offset after them. */
    int copyTo(byte[] target, int offset);
}
