package org.rempart.contacts;

/** A client may be contacted about similar products without a recorded choice (soft opt-in); a prospect may not. */
public enum ContactKind {
    CLIENT,
    PROSPECT
}
