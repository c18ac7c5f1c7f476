package org.rempart.delivery.email;

import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * DKIM ({@code REMPART_DKIM_*}): whether Rempart signs (off when the relay signs) and the
 * selector under which the public keys are published.
 */
@ConfigurationProperties("rempart.dkim")
public record DkimSettings(@DefaultValue("true") boolean enabled, @DefaultValue("rempart") String selector) {

    private static final Pattern SELECTOR = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    public DkimSettings {
        if (!isSelector(selector)) {
            throw new IllegalArgumentException(
                    "REMPART_DKIM_SELECTOR must be a DNS label: lower-case letters, digits and hyphens");
        }
    }

    /** Whether {@code selector} is a DNS label, as a selector must be. */
    static boolean isSelector(String selector) {
        return selector != null && SELECTOR.matcher(selector).matches();
    }

    /** The selector a domain's key is published under: its own when it has one, else this one. */
    String selectorOr(String own) {
        return own != null ? own : selector;
    }
}
