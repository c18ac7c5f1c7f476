package org.rempart.delivery;

import org.rempart.vault.ContactIdentity;

/**
 * One recipient of a claimed batch, its identity revealed for the campaign's delivery.
 *
 * @param messageId the delivery's stable Message-ID (the same on every attempt)
 */
public record Recipient(long deliveryId, long contactId, String messageId, ContactIdentity identity) {
}
