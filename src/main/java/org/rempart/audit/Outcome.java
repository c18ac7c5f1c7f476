package org.rempart.audit;

/** How a recorded action ended. */
public enum Outcome {
    SUCCESS,
    DENIED,
    FAILURE
}
