package org.rempart.delivery;

import org.rempart.contacts.Channel;

/**
 * Event: the server refused a delivery for good while it was sent (an SMTP 5xx, a permanent SMPP
 * error). {@code code} is the server's status code only (such as {@code 550 5.1.1}): server
 * texts often quote the address, so they are not kept.
 */
public record DeliveryBounced(DeliveryRef delivery, String code) {
}
