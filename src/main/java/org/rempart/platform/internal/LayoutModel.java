package org.rempart.platform.internal;

import java.util.Comparator;
import java.util.List;
import org.rempart.platform.Navigation;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the navigation entries the current operator may open. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final List<Navigation> navigation;
    private final RoleHierarchy roles;

    LayoutModel(List<Navigation> navigation, RoleHierarchy roles) {
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(Navigation::order)).toList();
        this.roles = roles;
    }

    /** The signed-in operator's name, or null on the sign-in page. */
    @ModelAttribute("signedIn")
    String signedIn(Authentication authentication) {
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                ? null : authentication.getName();
    }

    @ModelAttribute("navigation")
    List<Navigation> navigation(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return List.of();
        }
        var held = roles.getReachableGrantedAuthorities(authentication.getAuthorities()).stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).toList();
        return navigation.stream().filter(item -> item.roles().stream().anyMatch(held::contains)).toList();
    }
}
