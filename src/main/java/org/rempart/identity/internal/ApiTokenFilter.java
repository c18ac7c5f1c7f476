package org.rempart.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.rempart.identity.Role;
import org.rempart.platform.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates an API call by its {@code Authorization: Bearer} token; a bad token is a 401. */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final ApiTokens tokens;
    private final ProblemWriter problems;
    private final SecurityContextHolderStrategy holder;

    ApiTokenFilter(ApiTokens tokens, ProblemWriter problems, SecurityContextHolderStrategy holder) {
        this.tokens = tokens;
        this.problems = problems;
        this.holder = holder;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        var owner = tokens.authenticate(header.substring(PREFIX.length()).trim());
        if (owner.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED,
                    "The API token is unknown, expired or revoked.");
            return;
        }
        var o = owner.get();
        var principal = new OperatorPrincipal(o.operatorId(), o.username(), false, o.tokenId());
        var authorities = o.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
        var context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        holder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            holder.clearContext();
        }
    }
}
