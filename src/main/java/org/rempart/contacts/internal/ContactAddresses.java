package org.rempart.contacts.internal;

/** The blind indexes of a contact's addresses (hex), null where it has none or none was given. */
public record ContactAddresses(String email, String mobile, String landline) {
}
