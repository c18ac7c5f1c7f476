package org.rempart.contacts;

import java.util.List;

/** Consent withdrawals that come from the contacts themselves, through tracking. */
public interface Consents {

    /** How a contact said no; recorded as the source of the consent event. */
    enum Withdrawal {
        /** The unsubscribe page or the RFC 8058 one-click POST. */
        UNSUBSCRIBE,
        /** A STOP reply to an SMS. */
        STOP_REPLY,
        /** An abuse report (the contact marked a message as spam). */
        COMPLAINT
    }

    /**
     * Records the contact's no for the channel, with the reference of what carried it (a delivery
     * id, never an address). Idempotent: a contact who already said no gets no second event.
     *
     * @return whether a new withdrawal was recorded
     */
    boolean withdraw(long contactId, Channel channel, Withdrawal how, String reference);

    /** The contacts reached at an address as typed (an email, or a mobile number for SMS), by blind index. */
    List<Long> contactsAt(Channel channel, String address);
}
