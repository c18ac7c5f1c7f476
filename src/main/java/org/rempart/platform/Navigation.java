package org.rempart.platform;

import java.util.Set;

/**
 * One entry of the main navigation, contributed as a bean by the module that owns the page.
 * The menu shows an entry only to operators holding one of its roles.
 *
 * @param order position in the menu, ascending
 * @param messageKey label, from the message bundles
 * @param path the page
 * @param roles role names (without {@code ROLE_}) that may open it
 */
public record Navigation(int order, String messageKey, String path, Set<String> roles) {

    public Navigation {
        roles = Set.copyOf(roles);
    }
}
