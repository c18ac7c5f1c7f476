package org.rempart.contacts;

/** A saved segment as an audience picker lists it. */
public record SavedSegment(long id, String name) {
}
