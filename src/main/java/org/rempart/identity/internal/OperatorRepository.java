package org.rempart.identity.internal;

import org.rempart.platform.DbTime;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rempart.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL of operator accounts, roles and recovery codes. */
@Repository
public class OperatorRepository {

    private static final String COLUMNS = """
            id, username, email, password_hash, must_change_password, disabled, totp_secret,
            totp_last_step, time_zone, created_at, last_login_at""";

    private final JdbcClient jdbc;

    OperatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM operator").query(Long.class).single();
    }

    long insert(String username, String email, String passwordHash, boolean mustChangePassword, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO operator (username, email, password_hash, must_change_password, created_at)
                VALUES (:username, :email, :hash, :mustChange, :now)""")
                .param("username", username)
                .param("email", email)
                .param("hash", passwordHash)
                .param("mustChange", mustChangePassword)
                .param("now", DbTime.of(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void replaceRoles(long operatorId, Collection<Role> roles) {
        jdbc.sql("DELETE FROM operator_role WHERE operator_id = ?").param(operatorId).update();
        for (Role role : roles) {
            jdbc.sql("INSERT INTO operator_role (operator_id, role) VALUES (?, ?)")
                    .param(operatorId).param(role.name()).update();
        }
    }

    public Optional<Operator> findById(long id) {
        return findWhere("WHERE id = :value", Map.of("value", id)).stream().findFirst();
    }

    public Optional<Operator> findByUsername(String username) {
        return findWhere("WHERE username = :value", Map.of("value", username)).stream().findFirst();
    }

    public List<Operator> findAll() {
        return findWhere("", Map.of());
    }

    private List<Operator> findWhere(String where, Map<String, ?> params) {
        List<Operator> found = new ArrayList<>();
        Map<Long, Set<Role>> roles = new HashMap<>();
        List<OperatorRow> rows = jdbc.sql("SELECT " + COLUMNS + " FROM operator " + where + " ORDER BY username")
                .params(params)
                .query(OperatorRepository::row)
                .list();
        if (rows.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT operator_id, role FROM operator_role WHERE operator_id IN (:ids)")
                .param("ids", rows.stream().map(OperatorRow::id).toList())
                .query((rs, n) -> roles.computeIfAbsent(rs.getLong(1), id -> EnumSet.noneOf(Role.class))
                        .add(Role.valueOf(rs.getString(2))))
                .list();
        for (OperatorRow r : rows) {
            found.add(new Operator(r.id, r.username, r.email, r.passwordHash, r.mustChangePassword, r.disabled,
                    r.sealedTotpKey, r.totpLastStep, r.timeZone, r.createdAt, r.lastLoginAt,
                    roles.getOrDefault(r.id, Set.of())));
        }
        return found;
    }

    private record OperatorRow(long id, String username, String email, String passwordHash,
            boolean mustChangePassword, boolean disabled, String sealedTotpKey, Long totpLastStep,
            String timeZone, Instant createdAt, Instant lastLoginAt) {
    }

    private static OperatorRow row(ResultSet rs, int n) throws SQLException {
        long step = rs.getLong("totp_last_step");
        Long lastStep = rs.wasNull() ? null : step;
        return new OperatorRow(rs.getLong("id"), rs.getString("username"), rs.getString("email"),
                rs.getString("password_hash"), rs.getBoolean("must_change_password"), rs.getBoolean("disabled"),
                rs.getString("totp_secret"), lastStep, rs.getString("time_zone"),
                DbTime.read(rs, "created_at"), DbTime.read(rs, "last_login_at"));
    }

    void updatePassword(long id, String hash, boolean mustChange) {
        jdbc.sql("UPDATE operator SET password_hash = ?, must_change_password = ? WHERE id = ?")
                .param(hash).param(mustChange).param(id).update();
    }

    void updateDisabled(long id, boolean disabled) {
        jdbc.sql("UPDATE operator SET disabled = ? WHERE id = ?").param(disabled).param(id).update();
    }

    void updateEmail(long id, String email) {
        jdbc.sql("UPDATE operator SET email = ? WHERE id = ?").param(email).param(id).update();
    }

    void updateTimeZone(long id, String zone) {
        jdbc.sql("UPDATE operator SET time_zone = ? WHERE id = ?").param(zone).param(id).update();
    }

    void updateTotp(long id, String secret, Long lastStep) {
        jdbc.sql("UPDATE operator SET totp_secret = ?, totp_last_step = ? WHERE id = ?")
                .param(secret).param(lastStep).param(id).update();
    }

    /** Records a used TOTP time step; false when that step (or a later one) was already used. */
    boolean advanceTotpStep(long id, long step) {
        return jdbc.sql("""
                UPDATE operator SET totp_last_step = :step
                WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)""")
                .param("step", step).param("id", id).update() == 1;
    }

    void updateLastLogin(long id, Instant now) {
        jdbc.sql("UPDATE operator SET last_login_at = ? WHERE id = ?").param(DbTime.of(now)).param(id).update();
    }

    void replaceRecoveryCodes(long operatorId, List<String> codeHashes) {
        jdbc.sql("DELETE FROM recovery_code WHERE operator_id = ?").param(operatorId).update();
        for (String hash : codeHashes) {
            jdbc.sql("INSERT INTO recovery_code (operator_id, code_hash) VALUES (?, ?)")
                    .param(operatorId).param(hash).update();
        }
    }

    /** Marks an unused recovery code as used; false when there is none with that hash. */
    boolean useRecoveryCode(long operatorId, String codeHash, Instant now) {
        return jdbc.sql("""
                UPDATE recovery_code SET used_at = :now
                WHERE operator_id = :id AND code_hash = :hash AND used_at IS NULL""")
                .param("now", DbTime.of(now)).param("id", operatorId).param("hash", codeHash)
                .update() == 1;
    }

    int unusedRecoveryCodes(long operatorId) {
        return jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE operator_id = ? AND used_at IS NULL")
                .param(operatorId).query(Integer.class).single();
    }
}
