package org.rempart.tracking.internal;

/** What a tracking token is for; a token of one kind is refused where another is expected. */
public enum TokenKind {
    OPEN,
    CLICK,
    UNSUBSCRIBE,
    BOUNCE
}
