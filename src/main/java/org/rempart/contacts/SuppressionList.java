package org.rempart.contacts;

/**
 * Addresses never to contact again on a channel, kept by blind index so that they outlive the
 * contact and catch a re-import. Written by erasure here, and by tracking (unsubscribes, bounces,
 * complaints); the audiences of {@link Audiences} leave them out.
 */
public interface SuppressionList {

    enum Reason {
        UNSUBSCRIBED,
        BOUNCED,
        COMPLAINED,
        ERASED
    }

    /** Suppresses the contact's address for the channel (its email, or its mobile for SMS); false when it has none. */
    boolean suppress(long contactId, Channel channel, Reason reason);

    /** Whether an address as typed (an email, a mobile number) is suppressed on the channel. */
    boolean isSuppressed(Channel channel, String address);
}
