package org.rempart.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.rempart.identity.Role;
import org.rempart.platform.OperatorTimeZone;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Decides what a signed-in operator must do next (prove the second factor, replace an initial
 * password, enrol a second factor) and grants the roles only once nothing is pending.
 */
@Component
public class SignInSteps {

    private final OperatorRepository operators;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder;

    SignInSteps(OperatorRepository operators, SecurityContextHolderStrategy holder) {
        this.operators = operators;
        this.holder = holder;
    }

    static Optional<SignInStep> next(Operator operator, boolean mfaVerified) {
        if (operator.mfaEnrolled() && !mfaVerified) {
            return Optional.of(SignInStep.MFA_VERIFY);
        }
        if (operator.mustChangePassword()) {
            return Optional.of(SignInStep.PASSWORD_CHANGE);
        }
        if (operator.mfaRequired() && !operator.mfaEnrolled()) {
            return Optional.of(SignInStep.MFA_ENROL);
        }
        return Optional.empty();
    }

    Authentication authentication(Operator operator, boolean mfaVerified) {
        var principal = new OperatorPrincipal(operator.id(), operator.username(), mfaVerified, null);
        var authorities = next(operator, mfaVerified)
                .map(step -> List.of(new SimpleGrantedAuthority(step.authority())))
                .orElseGet(() -> operator.roles().stream()
                        .map(Role::authority).map(SimpleGrantedAuthority::new).toList());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    /**
     * After a step is done: rebuilds the session's authentication from the stored account, with a
     * new session id, and returns where the operator goes next.
     */
    public String advance(HttpServletRequest request, HttpServletResponse response, long operatorId,
            boolean mfaVerified) {
        Operator operator = operators.findById(operatorId).orElseThrow();
        Authentication authentication = authentication(operator, mfaVerified);
        request.changeSessionId();
        var context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        OperatorTimeZone.remember(request, operator.timeZone());
        return next(operator, mfaVerified).map(SignInStep::path).orElse("/");
    }
}
