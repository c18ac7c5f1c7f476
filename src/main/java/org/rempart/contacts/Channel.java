package org.rempart.contacts;

/** A way to reach a contact: its own consent, address and suppression list. */
public enum Channel {
    EMAIL,
    SMS
}
