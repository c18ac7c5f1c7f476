package org.rempart.audit.web;

import java.util.Set;
import org.rempart.audit.AuditChain;
import org.rempart.audit.AuditVerification;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the latest verification when it found the log broken, for the layout's alert,
 * to those who deal with it: security officers and administrators.
 */
@ControllerAdvice(annotations = Controller.class)
class AuditAlert {

    private static final Set<String> ALERTED = Set.of("ROLE_SECURITY_OFFICER", "ROLE_ADMIN");

    private final AuditChain chain;
    private final RoleHierarchy roles;

    AuditAlert(AuditChain chain, RoleHierarchy roles) {
        this.chain = chain;
        this.roles = roles;
    }

    @ModelAttribute("auditAlert")
    AuditVerification auditAlert(Authentication authentication) {
        var latest = chain.latest().filter(result -> !result.valid());
        if (latest.isEmpty() || authentication == null || roles.getReachableGrantedAuthorities(
                authentication.getAuthorities()).stream().map(GrantedAuthority::getAuthority).noneMatch(ALERTED::contains)) {
            return null;
        }
        return latest.get();
    }
}
