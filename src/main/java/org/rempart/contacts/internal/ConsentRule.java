package org.rempart.contacts.internal;

import org.rempart.contacts.Audiences;
import org.rempart.contacts.Channel;

/**
 * Who may be contacted on a channel, as SQL over {@code contact c} joined to {@code
 * contact_address a}: an address for the channel is needed; an explicit no always excludes; a prospect needs an explicit yes; a
 * client with no recorded choice may be contacted about similar products (French soft opt-in);
 * and a suppressed address (unsubscribed, bounced, complained, erased) never is.
 */
final class ConsentRule {

    private ConsentRule() {
    }

    /**
     * Why a contact may not be contacted on the channel, the first reason that applies; NULL when it
     * may. {@code IS NOT TRUE}, as a condition over a missing consent is neither true nor false.
     */
    static String exclusion(Channel channel) {
        return "CASE WHEN (" + hasAddress(channel) + ") IS NOT TRUE THEN '" + Audiences.NO_ADDRESS + "'"
                + " WHEN " + consented(channel) + " IS NOT TRUE THEN '" + Audiences.NO_CONSENT + "'"
                + " WHEN (" + notSuppressed(channel) + ") IS NOT TRUE THEN '" + Audiences.SUPPRESSED + "' END";
    }

    /** The contact has an address for the channel. */
    static String hasAddress(Channel channel) {
        return address(channel) + " IS NOT NULL";
    }

    /** The consent rule alone: a yes, or a client's silence. */
    static String consented(Channel channel) {
        String consent = channel == Channel.EMAIL ? "c.consent_email" : "c.consent_sms";
        return "(" + consent + " = 'YES' OR (" + consent + " IS NULL AND c.kind = 'CLIENT'))";
    }

    static String notSuppressed(Channel channel) {
        return "NOT EXISTS (SELECT 1 FROM suppression s WHERE s.channel = '" + channel.name()
                + "' AND s.blind_index = " + address(channel) + ")";
    }

    private static String address(Channel channel) {
        return channel == Channel.EMAIL ? "a.email_index" : "a.mobile_index";
    }
}
