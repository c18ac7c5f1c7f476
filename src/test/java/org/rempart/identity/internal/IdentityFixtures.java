package org.rempart.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.rempart.identity.Role;
import org.springframework.security.core.Authentication;

/** Operators for tests, made through the same services as the UI and the API. */
public class IdentityFixtures {

    public static final String PASSWORD = "correct horse battery staple";
    private final AtomicInteger sequence = new AtomicInteger();

    private final Operators operators;
    private final ApiTokens tokens;
    private final MfaEnrolment mfa;
    private final OperatorRepository repository;
    private final SignInSteps steps;
    private final Clock clock;

    public IdentityFixtures(Operators operators, ApiTokens tokens, MfaEnrolment mfa, OperatorRepository repository,
            SignInSteps steps, Clock clock) {
        this.operators = operators;
        this.tokens = tokens;
        this.mfa = mfa;
        this.repository = repository;
        this.steps = steps;
        this.clock = clock;
    }

    /** An operator that has chosen {@link #PASSWORD}, with an API token carrying all its roles. */
    public record Account(long id, String username, String token, String totpKey) {
    }

    public Account operator(Role... roles) {
        String username = "op" + System.nanoTime() % 1_000_000_000L + "-" + sequence.incrementAndGet();
        var created = operators.create(username, username + "@example.org", Set.of(roles));
        operators.changePassword(created.id(), created.initialPassword(), PASSWORD);
        String token = tokens.create(created.id(), "fixture", 30, Set.of()).token();
        return new Account(created.id(), username, token, null);
    }

    /** An operator that has also enrolled a second factor (the key, to compute codes). */
    public Account operatorWithMfa(Role... roles) {
        Account account = operator(roles);
        String key = mfa.newKey();
        long previousStep = clock.instant().getEpochSecond() / Totp.STEP_SECONDS - 1;
        List<String> codes = mfa.confirm(account.id(), key, Totp.code(SecretGenerator.fromBase32(key), previousStep));
        if (codes.isEmpty()) {
            throw new IllegalStateException("enrolment refused its own code");
        }
        return new Account(account.id(), account.username(), account.token(), key);
    }

    /** The current code of a TOTP key, not yet used by that operator. */
    public String currentCode(String totpKey) {
        return Totp.code(SecretGenerator.fromBase32(totpKey), clock.instant().getEpochSecond() / Totp.STEP_SECONDS);
    }

    /** What a browser session holds once this operator has completed every sign-in step. */
    public Authentication signedIn(Account account) {
        return steps.authentication(repository.findById(account.id()).orElseThrow(), true);
    }

    public Operator load(long id) {
        return repository.findById(id).orElseThrow();
    }
}
