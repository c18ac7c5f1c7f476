package org.rempart.identity.internal;

/**
 * What an operator must still do after the password before using Rempart. While a step is
 * pending, the session holds only that step's authority, never the operator's roles.
 */
public enum SignInStep {
    MFA_VERIFY("/mfa/verify"),
    PASSWORD_CHANGE("/password"),
    MFA_ENROL("/mfa/enrol");

    private final String path;

    SignInStep(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public String authority() {
        return "STEP_" + name();
    }
}
