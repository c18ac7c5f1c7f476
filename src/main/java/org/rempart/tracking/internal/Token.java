package org.rempart.tracking.internal;

/** What a tracking token stands for: a delivery, a use and, for clicks, the link's position. */
public record Token(TokenKind kind, long deliveryId, int linkIndex) {

    /** Link positions fit in two bytes of the token. */
    static final int MAX_LINK_INDEX = 0xFFFF;

    public Token {
        if (deliveryId <= 0 || linkIndex < 0 || linkIndex > MAX_LINK_INDEX) {
            throw new IllegalArgumentException("no such delivery or link");
        }
    }
}
