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
        String consent = channel == Channel.EMAIL ? "c.consent_email" : "c.consent_sms";
        String address = channel == Channel.EMAIL ? "a.email_index" : "a.mobile_index";
        return "(" + address + " IS NOT NULL"
                + " AND (" + consent + " = 'YES' OR (" + consent + " IS NULL AND c.kind = 'CLIENT'))"
                + " AND NOT EXISTS (SELECT 1 FROM suppression s WHERE s.channel = '" + channel.name()
                + "' AND s.blind_index = " + address + "))";
    }
}
