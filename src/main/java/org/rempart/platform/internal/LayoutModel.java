package org.rempart.platform.internal;

import java.util.Comparator;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.rempart.platform.Navigation;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

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

    /** This page in each language: the same path and parameters, with {@code lang} set. */
    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        var current = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
        return Map.of("en", current.replaceQueryParam("lang", "en").build().toUriString(),
                "fr", current.replaceQueryParam("lang", "fr").build().toUriString());
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
