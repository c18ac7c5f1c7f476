package org.rempart.identity;

/**
 * What an operator may do (DESIGN.md, "Roles"). ADMIN holds every permission; the others are
 * granted independently and an operator may hold several.
 */
public enum Role {
    ADMIN,
    MARKETER,
    ANALYST,
    SECURITY_OFFICER;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether an operator holding this role must sign in with a second factor. */
    public boolean requiresMfa() {
        return this == ADMIN || this == SECURITY_OFFICER;
    }
}
