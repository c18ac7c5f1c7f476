package org.rempart.contacts;

/** A recorded choice for one channel; no record at all is the third state (stored as null). */
public enum ConsentStatus {
    YES,
    NO
}
