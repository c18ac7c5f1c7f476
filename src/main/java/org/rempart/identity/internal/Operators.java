package org.rempart.identity.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.rempart.identity.Role;
import org.rempart.platform.OperatorTimeZone;
import org.rempart.platform.RequestRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Operator accounts: creation, roles, passwords, locks. */
@Service
public class Operators {

    private static final Logger log = LoggerFactory.getLogger(Operators.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final OperatorRepository repository;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final SecretGenerator secrets;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final IdentityAudit audit;

    Operators(OperatorRepository repository, PasswordEncoder encoder, PasswordPolicy policy,
            SecretGenerator secrets, LoginThrottle throttle, Clock clock, ApplicationEventPublisher events,
            IdentityAudit audit) {
        this.audit = audit;
        this.repository = repository;
        this.encoder = encoder;
        this.policy = policy;
        this.secrets = secrets;
        this.throttle = throttle;
        this.clock = clock;
        this.events = events;
    }

    /** A new operator with a random initial password that must be changed at first sign-in. */
    @Transactional
    public CreatedOperator create(String username, String email, Collection<Role> roles) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw RequestRejectedException.badRequest(
                    "username: 3 to 64 characters among a-z, 0-9, '.', '_' and '-', starting with a letter or digit");
        }
        String address = checkedEmail(email);
        if (roles == null || roles.isEmpty()) {
            throw RequestRejectedException.badRequest("roles: at least one of " + List.of(Role.values()));
        }
        if (repository.findByUsername(name).isPresent()) {
            throw RequestRejectedException.conflict("username: an operator with this user name exists already");
        }
        String password = secrets.password();
        long id = repository.insert(name, address, encoder.encode(password), true, clock.instant());
        repository.replaceRoles(id, EnumSet.copyOf(roles));
        log.info("Operator {} created with roles {}", id, roles);
        audit.record(IdentityAudit.OPERATOR_CREATED, "operator " + id + " with roles " + Role.sortedSet(roles));
        return new CreatedOperator(id, name, password);
    }

    public record CreatedOperator(long id, String username, String initialPassword) {
    }

    public Operator get(long id) {
        return repository.findById(id).orElseThrow(() -> RequestRejectedException.notFound("No operator " + id));
    }

    public List<Operator> all() {
        return repository.findAll();
    }

    @Transactional
    public void setRoles(long id, Collection<Role> roles) {
        get(id);
        if (roles == null || roles.isEmpty()) {
            throw RequestRejectedException.badRequest("roles: at least one role");
        }
        repository.replaceRoles(id, EnumSet.copyOf(roles));
        log.info("Operator {} roles set to {}", id, roles);
        audit.record(IdentityAudit.ROLES_CHANGED, "operator " + id + " now has roles " + Role.sortedSet(roles));
    }

    @Transactional
    public void setEmail(long id, String email) {
        get(id);
        repository.updateEmail(id, checkedEmail(email));
    }

    /** The operator's own change: the current password proves it is them. */
    @Transactional
    public void changePassword(long id, String current, String replacement) {
        Operator operator = get(id);
        if (!encoder.matches(current, operator.passwordHash())) {
            throw RequestRejectedException.badRequest("password.currentWrong");
        }
        if (encoder.matches(replacement, operator.passwordHash())) {
            throw RequestRejectedException.badRequest("password.unchanged");
        }
        policy.violation(operator.username(), replacement).ifPresent(rule -> {
            throw RequestRejectedException.badRequest(rule);
        });
        repository.updatePassword(id, encoder.encode(replacement), false);
        events.publishEvent(new PasswordChanged(id, operator.username()));
        log.info("Operator {} changed their password", id);
        audit.record(IdentityAudit.PASSWORD_CHANGED, "operator " + id);
    }

    /** An administrator's reset: a new random password to hand over, to be changed at next sign-in. */
    @Transactional
    public String resetPassword(long id) {
        get(id);
        String password = secrets.password();
        repository.updatePassword(id, encoder.encode(password), true);
        log.info("Password of operator {} reset by an administrator", id);
        audit.record(IdentityAudit.PASSWORD_RESET, "operator " + id);
        return password;
    }

    /** Disabling locks the operator out of the UI and the API alike. */
    @Transactional
    public void setDisabled(long id, boolean disabled) {
        Operator operator = get(id);
        repository.updateDisabled(id, disabled);
        if (!disabled) {
            throttle.unlock(operator.username());
        }
        log.info("Operator {} {}", id, disabled ? "disabled" : "enabled and unlocked");
        audit.record(disabled ? IdentityAudit.OPERATOR_DISABLED : IdentityAudit.OPERATOR_ENABLED, "operator " + id);
    }

    public boolean isLockedOut(Operator operator) {
        return operator.disabled() || throttle.isLocked(operator.username());
    }

    @Transactional
    public void setTimeZone(long id, String zone) {
        get(id);
        if (!OperatorTimeZone.parse(zone).getId().equals(zone)) {
            throw RequestRejectedException.badRequest("timeZone: not a time zone identifier");
        }
        repository.updateTimeZone(id, zone);
    }

    private static String checkedEmail(String email) {
        String address = email == null ? "" : email.trim();
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw RequestRejectedException.badRequest("email: not a valid address");
        }
        return address;
    }
}
