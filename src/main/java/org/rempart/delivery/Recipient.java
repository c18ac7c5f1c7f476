package org.rempart.delivery;

import org.rempart.vault.ContactIdentity;

/** One recipient of a claimed batch, its identity revealed for the campaign's delivery. */
public record Recipient(long deliveryId, long contactId, ContactIdentity identity) {

    /** The Message-ID of this delivery's email, the same on every attempt. */
    public MessageId messageId(long campaignId, String senderDomain) {
        return new MessageId(deliveryId, campaignId, senderDomain);
    }
}
