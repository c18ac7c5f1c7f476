package org.rempart.delivery.email;

/**
 * What a message's bodies hold on the wire: seven-bit lines only (quoted-printable), which every
 * relay takes, or eight-bit UTF-8 text, for a relay that announces 8BITMIME (RFC 6152).
 */
public enum BodyTransfer {
    SEVEN_BIT,
    EIGHT_BIT
}
