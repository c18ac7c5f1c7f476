package org.rempart.identity.internal;

import java.time.Clock;
import java.util.Optional;
import org.rempart.audit.Actor;
import org.rempart.audit.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password. Every refusal (unknown name, wrong password, locked or
 * disabled account) throws the same exception after the same work, so the answer tells nothing
 * about which names exist.
 */
@Component
class OperatorAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(OperatorAuthenticationProvider.class);

    private final OperatorRepository operators;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final SignInSteps steps;
    private final IdentityAudit audit;
    private final Clock clock;
    private final String unknownUserHash;

    OperatorAuthenticationProvider(OperatorRepository operators, PasswordEncoder encoder, LoginThrottle throttle,
            SignInSteps steps, IdentityAudit audit, Clock clock, SecretGenerator secrets) {
        this.operators = operators;
        this.audit = audit;
        this.encoder = encoder;
        this.throttle = throttle;
        this.steps = steps;
        this.clock = clock;
        // Compared against when the name is unknown, so that it costs one Argon2 hash too.
        this.unknownUserHash = encoder.encode(secrets.password());
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String username = LoginThrottle.key(request.getName());
        String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
        Optional<Operator> found = operators.findByUsername(username);
        boolean passwordMatches = encoder.matches(password, found.map(Operator::passwordHash).orElse(unknownUserHash));
        boolean locked = throttle.isLocked(username);
        if (found.isEmpty() || !passwordMatches || locked || found.get().disabled()) {
            recordRefusal(found, passwordMatches, locked);
            throttle.failAndWait(username);
            log.info("Sign-in refused for {}", found.map(o -> "operator " + o.id()).orElse("an unknown user name"));
            throw new BadCredentialsException("Sign-in failed");
        }
        Operator operator = found.get();
        throttle.recordSuccess(username);
        operators.updateLastLogin(operator.id(), clock.instant());
        log.info("Operator {} signed in with a password", operator.id());
        audit.record(operator, IdentityAudit.SIGNIN_SUCCESS, Outcome.SUCCESS,
                SignInSteps.next(operator, false).map(step -> "password; next step " + step).orElse("password"));
        return steps.authentication(operator, false);
    }

    /** The operator when the name is known; never the typed name otherwise (it may be a password). */
    private void recordRefusal(Optional<Operator> found, boolean passwordMatches, boolean locked) {
        if (found.isEmpty()) {
            audit.record(new Actor.Anonymous(), IdentityAudit.SIGNIN_FAILURE, Outcome.DENIED, "unknown user name");
            return;
        }
        String reason = locked ? "locked after failed attempts" : found.get().disabled() ? "disabled"
                : !passwordMatches ? "wrong password" : "refused";
        audit.record(found.get(), IdentityAudit.SIGNIN_FAILURE, Outcome.DENIED, reason);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
