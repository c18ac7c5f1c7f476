package org.rempart.identity.internal;

import java.io.Serializable;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who is signed in, as kept in the session or set for one API call.
 *
 * @param mfaVerified whether this session proved the second factor
 * @param apiTokenId the token of an API call, or null in a browser session
 */
public record OperatorPrincipal(long id, String username, boolean mfaVerified, Long apiTokenId)
        implements AuthenticatedPrincipal, Serializable {

    @Override
    public String getName() {
        return username;
    }

    @Override
    public String toString() {
        return "operator " + id;
    }
}
