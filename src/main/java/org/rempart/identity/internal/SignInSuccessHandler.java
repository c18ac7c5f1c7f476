package org.rempart.identity.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rempart.platform.OperatorTimeZone;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After the password: the next sign-in step if one is pending, else the page first asked for. */
class SignInSuccessHandler implements AuthenticationSuccessHandler {

    private final OperatorRepository operators;
    private final AuthenticationSuccessHandler savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();

    SignInSuccessHandler(OperatorRepository operators) {
        this.operators = operators;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        var principal = (OperatorPrincipal) authentication.getPrincipal();
        operators.findById(principal.id())
                .ifPresent(operator -> OperatorTimeZone.remember(request, operator.timeZone()));
        var pending = SignInStepFilter.pendingStep(authentication);
        if (pending.isPresent()) {
            response.sendRedirect(request.getContextPath() + pending.get().path());
        } else {
            savedRequest.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
