package org.rempart.identity.internal;

/** Published when an operator chose a new password themselves. */
record PasswordChanged(long operatorId, String username) {
}
