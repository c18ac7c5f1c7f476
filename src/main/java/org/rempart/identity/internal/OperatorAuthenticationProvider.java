package org.rempart.identity.internal;

import java.time.Clock;
import java.util.Optional;
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
    private final Clock clock;
    private final String unknownUserHash;

    OperatorAuthenticationProvider(OperatorRepository operators, PasswordEncoder encoder, LoginThrottle throttle,
            SignInSteps steps, Clock clock, SecretGenerator secrets) {
        this.operators = operators;
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
            throttle.failAndWait(username);
            log.info("Sign-in refused for {}", found.map(o -> "operator " + o.id()).orElse("an unknown user name"));
            throw new BadCredentialsException("Sign-in failed");
        }
        Operator operator = found.get();
        throttle.recordSuccess(username);
        operators.updateLastLogin(operator.id(), clock.instant());
        log.info("Operator {} signed in with a password", operator.id());
        return steps.authentication(operator, false);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
