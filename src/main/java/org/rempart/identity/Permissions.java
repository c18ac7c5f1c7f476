package org.rempart.identity;

import java.util.Arrays;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Whether the signed-in operator holds a role (ADMIN implies every role), so that pages offer only what is allowed. */
@Component
public class Permissions {

    private final RoleHierarchy roles;

    public Permissions(RoleHierarchy roles) {
        this.roles = roles;
    }

    public boolean holds(Authentication authentication, Role... any) {
        if (authentication == null) {
            return false;
        }
        var held = roles.getReachableGrantedAuthorities(authentication.getAuthorities());
        return held.stream().anyMatch(a -> Arrays.stream(any).anyMatch(r -> r.authority().equals(a.getAuthority())));
    }
}
