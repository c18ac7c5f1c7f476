package org.rempart.identity.internal;

import java.time.Instant;
import java.util.Set;
import org.rempart.identity.Role;

/** An API token as listed: never the token itself, which only its creator saw once. */
public record ApiToken(
        long id,
        long operatorId,
        String name,
        Set<Role> scopes,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt) {

    public ApiToken {
        scopes = Role.sortedSet(scopes);
    }

    public boolean activeAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
