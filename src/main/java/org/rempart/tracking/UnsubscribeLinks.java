package org.rempart.tracking;

/**
 * The two ways a delivery's recipient unsubscribes, carrying one token: the page, which also
 * takes the RFC 8058 one-click POST, and the {@code mailto:} alternative of {@code List-Unsubscribe}
 * (null where there is none, as in a preview).
 */
public record UnsubscribeLinks(String url, String mailto) {

    /** Redacted: whoever holds the token can unsubscribe its recipient. */
    @Override
    public String toString() {
        return "UnsubscribeLinks[redacted]";
    }
}
