package org.rempart.delivery.internal;

/** What the server answered to one message. Reasons carry status codes only, never a server's text. */
public sealed interface SendOutcome {

    /** Whether no more messages should be tried for now: the server is unreachable, or the channel down. */
    default boolean haltsChannel() {
        return this instanceof Unreachable || this instanceof ChannelDown;
    }

    /** Accepted; {@code providerId} is the server's id for it when it gave one (an SMPP message id). */
    record Sent(String providerId) implements SendOutcome {
    }

    /** Try again later: a 4xx, a lost connection, a timeout. */
    record TemporaryFailure(String reason) implements SendOutcome {
    }

    /** Refused for good (a 5xx): a bounce. {@code code} such as {@code 550 5.1.1}. */
    record PermanentFailure(String code) implements SendOutcome {

        /** A recipient that is not an address at all, refused before any server sees it. */
        public static PermanentFailure invalidAddress() {
            return new PermanentFailure("5.1.3 invalid address");
        }
    }

    /**
     * The server cannot be reached (or refuses every connection) for now: nothing was sent. The
     * engine puts the batch back without counting an attempt and tries again a little later, so a
     * relay down for a while costs no recipient its retries.
     */
    record Unreachable(String reason) implements SendOutcome {
    }

    /**
     * The channel cannot work until someone changes a setting (authentication refused, sender
     * refused): the engine pauses the campaign rather than burning every recipient's retries.
     */
    record ChannelDown(String reason) implements SendOutcome {
    }
}
