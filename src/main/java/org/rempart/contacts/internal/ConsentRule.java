package org.rempart.contacts.internal;

import org.rempart.contacts.Channel;

/**
 * Who may be contacted on a channel, as one SQL predicate over {@code contact c} joined to
 * {@code contact_address a}: an explicit no always excludes; a prospect needs an explicit yes; a
 * client with no recorded choice may be contacted about similar products (French soft opt-in);
 * and a suppressed address (unsubscribed, bounced, complained, erased) never is.
 */
public final class ConsentRule {

    private ConsentRule() {
    }

    public static String predicate(Channel channel) {
        return "(" + hasAddress(channel) + " AND " + consented(channel) + " AND " + notSuppressed(channel) + ")";
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
