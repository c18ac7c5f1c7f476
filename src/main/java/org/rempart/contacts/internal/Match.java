package org.rempart.contacts.internal;

import org.rempart.contacts.Channel;
import org.rempart.contacts.ConsentStatus;

/** A stored contact found by a blind index, with its current consents (to record only changes). */
public record Match(long contactId, ConsentStatus email, ConsentStatus sms) {

    public ConsentStatus consent(Channel channel) {
        return channel == Channel.EMAIL ? email : sms;
    }
}
