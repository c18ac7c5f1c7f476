package org.rempart.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/** Sends an operator with a pending sign-in step to that step's page, whatever they asked for. */
class SignInStepFilter extends OncePerRequestFilter {

    private static final String[] ALWAYS_OPEN = {"/logout", "/css/", "/js/", "/webjars/", "/favicon", "/error"};

    private final SecurityContextHolderStrategy holder;

    SignInStepFilter(SecurityContextHolderStrategy holder) {
        this.holder = holder;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<SignInStep> pending = pendingStep(holder.getContext().getAuthentication());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (pending.isPresent() && !path.startsWith(pending.get().path())
                && Arrays.stream(ALWAYS_OPEN).noneMatch(path::startsWith)) {
            response.sendRedirect(request.getContextPath() + pending.get().path());
            return;
        }
        chain.doFilter(request, response);
    }

    static Optional<SignInStep> pendingStep(Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        return authentication.getAuthorities().stream()
                .flatMap(a -> Arrays.stream(SignInStep.values()).filter(s -> s.authority().equals(a.getAuthority())))
                .findFirst();
    }
}
