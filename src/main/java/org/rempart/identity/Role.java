package org.rempart.identity;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

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

    /** An unmodifiable copy in declaration order, so that roles always list the same way. */
    public static Set<Role> sortedSet(Collection<Role> roles) {
        EnumSet<Role> sorted = EnumSet.noneOf(Role.class);
        sorted.addAll(roles);
        return Collections.unmodifiableSet(sorted);
    }

    /** Whether an operator holding this role must sign in with a second factor. */
    public boolean requiresMfa() {
        return this == ADMIN || this == SECURITY_OFFICER;
    }
}
