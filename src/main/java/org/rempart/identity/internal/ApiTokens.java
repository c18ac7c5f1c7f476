package org.rempart.identity.internal;

import org.rempart.platform.DbTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.rempart.identity.Role;
import org.rempart.platform.RequestRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the API: 256 random bits shown once, kept as their SHA-256, named, scoped to
 * a subset of the operator's roles, expiring and revocable.
 */
@Service
public class ApiTokens {

    private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);
    static final int MAX_DAYS = 365;
    static final int MIN_BOOTSTRAP_LENGTH = 32;

    private final JdbcClient jdbc;
    private final SecretGenerator secrets;
    private final IdentityAudit audit;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, SecretGenerator secrets, IdentityAudit audit, Clock clock) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
    }

    public record CreatedToken(long id, String token) {
    }

    /** The operator's roles a token acts with: all of them, or those among its scopes. */
    public record TokenOwner(long tokenId, long operatorId, String username, Set<Role> roles) {
    }

    @Transactional
    public CreatedToken create(long operatorId, String name, Integer expiresInDays, Collection<Role> scopes) {
        return insert(operatorId, name, expiresInDays, scopes, secrets.apiToken());
    }

    /** A token whose value the deployment chose (REMPART_BOOTSTRAP_TOKEN); created once, at first start. */
    @Transactional
    public CreatedToken createBootstrap(long operatorId, String value) {
        if (value.length() < MIN_BOOTSTRAP_LENGTH) {
            throw new IllegalArgumentException("REMPART_BOOTSTRAP_TOKEN must be at least "
                    + MIN_BOOTSTRAP_LENGTH + " characters long");
        }
        return insert(operatorId, "bootstrap", MAX_DAYS, Set.of(), value);
    }

    private CreatedToken insert(long operatorId, String name, Integer expiresInDays, Collection<Role> scopes,
            String token) {
        String label = name == null ? "" : name.trim();
        if (label.isEmpty() || label.length() > 100) {
            throw RequestRejectedException.badRequest("name: 1 to 100 characters");
        }
        int days = expiresInDays == null ? 90 : expiresInDays;
        if (days < 1 || days > MAX_DAYS) {
            throw RequestRejectedException.badRequest("expiresInDays: between 1 and " + MAX_DAYS);
        }
        Instant now = clock.instant();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO api_token (operator_id, name, token_hash, scopes, created_at, expires_at)
                VALUES (:operator, :name, :hash, :scopes, :now, :expires)""")
                .param("operator", operatorId)
                .param("name", label)
                .param("hash", Sha256.hex(token))
                .param("scopes", scopes == null || scopes.isEmpty() ? null
                        : scopes.stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                .param("now", DbTime.of(now))
                .param("expires", DbTime.of(now.plus(Duration.ofDays(days))))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        log.info("API token {} created for operator {}", id, operatorId);
        audit.record(IdentityAudit.TOKEN_CREATED, "token " + id + " of operator " + operatorId + ", "
                + (scopes == null || scopes.isEmpty() ? "all roles" : "scopes " + Role.sortedSet(scopes)) + ", "
                + days + " days");
        return new CreatedToken(id, token);
    }

    /**
     * The owner of an active token, with the roles it acts with. A disabled operator's tokens stop
     * working; a pending password change or MFA enrolment does not stop them.
     */
    @Transactional
    public Optional<TokenOwner> authenticate(String token) {
        Instant now = clock.instant();
        Optional<TokenOwner> owner = jdbc.sql("""
                SELECT t.id, t.operator_id, o.username, t.scopes,
                       (SELECT STRING_AGG(r.role, ',') FROM operator_role r WHERE r.operator_id = o.id) AS roles
                FROM api_token t JOIN operator o ON o.id = t.operator_id
                WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > :now AND NOT o.disabled""")
                .param("hash", Sha256.hex(token))
                .param("now", DbTime.of(now))
                .query((rs, n) -> new TokenOwner(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        effectiveRoles(roles(rs.getString("roles")), rs.getString("scopes"))))
                .optional();
        owner.ifPresent(o -> jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?")
                .param(DbTime.of(now)).param(o.tokenId()).update());
        return owner;
    }

    static Set<Role> effectiveRoles(Set<Role> operatorRoles, String scopes) {
        if (scopes == null) {
            return operatorRoles;
        }
        Set<Role> narrowed = EnumSet.noneOf(Role.class);
        narrowed.addAll(operatorRoles);
        Set<Role> allowed = roles(scopes);
        // An ADMIN's token scoped to MARKETER acts as a MARKETER.
        if (narrowed.contains(Role.ADMIN) && !allowed.contains(Role.ADMIN)) {
            narrowed = EnumSet.copyOf(allowed);
        } else {
            narrowed.retainAll(allowed);
        }
        return narrowed;
    }

    private static Set<Role> roles(String list) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (list != null && !list.isBlank()) {
            Arrays.stream(list.split(",")).map(String::trim).map(Role::valueOf).forEach(roles::add);
        }
        return roles;
    }

    public List<ApiToken> ofOperator(long operatorId) {
        return jdbc.sql("""
                SELECT id, operator_id, name, scopes, created_at, expires_at, revoked_at, last_used_at
                FROM api_token WHERE operator_id = ? ORDER BY created_at DESC, id DESC""")
                .param(operatorId)
                .query(ApiTokens::token)
                .list();
    }

    public Optional<ApiToken> find(long id) {
        return jdbc.sql("""
                SELECT id, operator_id, name, scopes, created_at, expires_at, revoked_at, last_used_at
                FROM api_token WHERE id = ?""")
                .param(id).query(ApiTokens::token).optional();
    }

    private static ApiToken token(ResultSet rs, int n) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getLong("operator_id"), rs.getString("name"),
                roles(rs.getString("scopes")), DbTime.read(rs, "created_at"), DbTime.read(rs, "expires_at"),
                DbTime.read(rs, "revoked_at"), DbTime.read(rs, "last_used_at"));
    }

    /** Revokes a token; revoking one twice is harmless. */
    @Transactional
    public void revoke(long id) {
        if (find(id).isEmpty()) {
            throw RequestRejectedException.notFound("No API token " + id);
        }
        jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .param(DbTime.of(clock.instant())).param(id).update();
        log.info("API token {} revoked", id);
        audit.record(IdentityAudit.TOKEN_REVOKED, "token " + id);
    }
}
