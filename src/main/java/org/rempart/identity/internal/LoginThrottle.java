package org.rempart.identity.internal;

import org.rempart.platform.DbTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.rempart.audit.Outcome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down and then stops password guessing. Failures are counted per typed user name whether
 * or not such an operator exists, so that neither the delay nor the lock tells which names are
 * real. After {@value #MAX_FAILURES} failures within 15 minutes the name is locked for 30 minutes,
 * or until an administrator unlocks it.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(30);
    private static final Duration MAX_DELAY = Duration.ofSeconds(8);

    private final JdbcClient jdbc;
    private final OperatorRepository operators;
    private final IdentityAudit audit;
    private final Clock clock;
    private final Duration baseDelay;

    LoginThrottle(JdbcClient jdbc, OperatorRepository operators, IdentityAudit audit, Clock clock,
            @Value("${rempart.login.base-delay:500ms}") Duration baseDelay) {
        this.jdbc = jdbc;
        this.operators = operators;
        this.audit = audit;
        this.clock = clock;
        this.baseDelay = baseDelay;
    }

    public boolean isLocked(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM login_lock WHERE username = ? AND locked_until > ?")
                .param(key(username)).param(DbTime.of(clock.instant()))
                .query(Integer.class).single() > 0;
    }

    /**
     * Records a failure (locking the name at the limit) and waits the progressive delay before the
     * caller answers; an attempt on a locked name waits as long as the last one before the lock.
     */
    public void failAndWait(String username) {
        Duration delay = isLocked(username) ? delayAfter(MAX_FAILURES) : recordFailure(username);
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Records a failure, locks the name at the limit, and returns how long to wait before answering. */
    @Transactional
    Duration recordFailure(String username) {
        String key = key(username);
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM login_failure WHERE failed_at < ?").param(DbTime.of(now.minus(WINDOW))).update();
        jdbc.sql("INSERT INTO login_failure (username, failed_at) VALUES (?, ?)")
                .param(key).param(DbTime.of(now)).update();
        int failures = jdbc.sql("SELECT COUNT(*) FROM login_failure WHERE username = ?")
                .param(key).query(Integer.class).single();
        if (failures >= MAX_FAILURES) {
            jdbc.sql("DELETE FROM login_lock WHERE username = ?").param(key).update();
            jdbc.sql("INSERT INTO login_lock (username, locked_until) VALUES (?, ?)")
                    .param(key).param(DbTime.of(now.plus(LOCK))).update();
            jdbc.sql("DELETE FROM login_failure WHERE username = ?").param(key).update();
            // Names that belong to no operator are locked too, but only an account's lock is recorded.
            operators.findByUsername(key).ifPresent(operator -> audit.record(operator, IdentityAudit.ACCOUNT_LOCKED,
                    Outcome.SUCCESS, MAX_FAILURES + " failed attempts; locked for " + LOCK.toMinutes() + " minutes"));
        }
        return delayAfter(failures);
    }

    /** Doubles with each failure: base, 2 x base, 4 x base..., capped. */
    Duration delayAfter(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        Duration delay = baseDelay.multipliedBy(1L << Math.min(failures - 1, 16));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /** A successful sign-in forgets earlier failures. */
    public void recordSuccess(String username) {
        jdbc.sql("DELETE FROM login_failure WHERE username = ?").param(key(username)).update();
    }

    @Transactional
    public void unlock(String username) {
        jdbc.sql("DELETE FROM login_lock WHERE username = ?").param(key(username)).update();
        jdbc.sql("DELETE FROM login_failure WHERE username = ?").param(key(username)).update();
    }

    static String key(String username) {
        String trimmed = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() > 64 ? trimmed.substring(0, 64) : trimmed;
    }
}
