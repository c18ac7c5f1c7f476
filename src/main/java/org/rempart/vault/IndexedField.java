package org.rempart.vault;

/** The direct identifiers that can be looked up by exact match, each through a blind index of its own key. */
public enum IndexedField {
    EMAIL,
    MOBILE,
    LANDLINE
}
