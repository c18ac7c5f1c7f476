package org.rempart.delivery;

import org.rempart.contacts.Channel;

/** Who a delivery went to, for tracking: ids only. */
public record DeliveryRef(long deliveryId, long campaignId, long contactId, Channel channel) {
}
