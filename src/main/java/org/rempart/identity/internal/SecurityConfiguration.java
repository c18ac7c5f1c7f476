package org.rempart.identity.internal;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.rempart.identity.Role;
import org.rempart.platform.ProblemWriter;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Two filter chains: the API (bearer tokens, stateless, problem+json answers) and the browser UI
 * (form sign-in, sessions, CSRF, the sign-in steps). Both send the same strict headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self'",
            "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'",
            "form-action 'self'", "frame-ancestors 'none'");

    /** Who reads and verifies the audit log (DESIGN.md, "Roles"). */
    private static final String[] AUDIT_ROLES = {Role.ADMIN.name(), Role.SECURITY_OFFICER.name()};

    /** OWASP's Argon2id parameters: 19 MiB, 2 iterations, parallelism 1. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    }

    @Bean
    SecureRandom secureRandom() {
        return new SecureRandom();
    }

    @Bean
    SecurityContextHolderStrategy securityContextHolderStrategy() {
        return SecurityContextHolder.getContextHolderStrategy();
    }

    /** ADMIN holds every permission (DESIGN.md, "Roles"). */
    @Bean
    static RoleHierarchy roleHierarchy() {
        var hierarchy = RoleHierarchyImpl.withDefaultRolePrefix();
        for (Role role : Role.values()) {
            if (role != Role.ADMIN) {
                hierarchy.role(Role.ADMIN.name()).implies(role.name());
            }
        }
        return hierarchy.build();
    }

    /**
     * The links in campaign messages (open pixel, clicks, SMS short links, unsubscribe): opened by
     * recipients, never signed in. Their signed token is the only credential; the unsubscribe POST
     * is the RFC 8058 one-click, which mail providers send without cookie or CSRF token. No session.
     */
    @Bean
    @Order(0)
    SecurityFilterChain recipientLinksChain(HttpSecurity http) throws Exception {
        var paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(paths.matcher("/o/*"), paths.matcher("/c/*"), paths.matcher("/s/*"),
                        paths.matcher("/u/*")))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true));
        strictHeaders(http);
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, ProblemWriter problems,
            SecurityContextHolderStrategy holder, Environment environment) throws Exception {
        boolean separateManagementPort = environment.getProperty("management.server.port") != null
                && !Objects.equals(environment.getProperty("management.server.port"),
                        environment.getProperty("server.port"));
        http.securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                        EndpointRequest.toAnyEndpoint()))
                .authorizeHttpRequests(authorize -> {
                    authorize.requestMatchers(EndpointRequest.to("health")).permitAll();
                    if (separateManagementPort) {
                        // The management port is reachable only from the monitoring network.
                        authorize.requestMatchers(EndpointRequest.to("prometheus")).permitAll();
                    } else {
                        authorize.requestMatchers(EndpointRequest.to("prometheus")).hasRole(Role.ADMIN.name());
                    }
                    authorize.requestMatchers(EndpointRequest.toAnyEndpoint()).denyAll();
                    // Also checked on the controller; here so that a refusal comes before any input check.
                    authorize.requestMatchers("/api/audit", "/api/audit/**").hasAnyRole(AUDIT_ROLES);
                    authorize.anyRequest().authenticated();
                })
                .addFilterBefore(new ApiTokenFilter(tokens, problems, holder), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // no cookies are accepted here, so there is nothing to forge
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .anonymous(anonymous -> {
                })
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            problems.write(request, response, HttpStatus.UNAUTHORIZED,
                                    "An API token is required: Authorization: Bearer <token>.");
                        })
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                                HttpStatus.FORBIDDEN, "The roles of this token do not allow this call.")));
        strictHeaders(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http, SecurityContextHolderStrategy holder,
            OperatorRepository operators) throws Exception {
        String[] roles = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/error")
                        .permitAll()
                        .requestMatchers("/mfa/verify", "/mfa/verify/**")
                        .hasAuthority(SignInStep.MFA_VERIFY.authority())
                        .requestMatchers("/password", "/password/**")
                        .access(stepOrRoles(SignInStep.PASSWORD_CHANGE, roles))
                        .requestMatchers("/mfa/enrol", "/mfa/enrol/**")
                        .access(stepOrRoles(SignInStep.MFA_ENROL, roles))
                        // Also checked on the controller; here so that a refusal comes before any input check.
                        .requestMatchers("/operators", "/operators/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/audit", "/audit/**").hasAnyRole(AUDIT_ROLES)
                        .anyRequest().hasAnyRole(roles))
                .formLogin(form -> form
                        .loginPage("/login")
                        .failureUrl("/login?error")
                        .successHandler(new SignInSuccessHandler(operators)))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterAfter(new SignInStepFilter(holder), AnonymousAuthenticationFilter.class);
        strictHeaders(http);
        return http.build();
    }

    /** A page that is a sign-in step, and that a fully signed-in operator may also open. */
    private static AuthorizationManager<RequestAuthorizationContext> stepOrRoles(SignInStep step, String[] roles) {
        return AuthorizationManagers.anyOf(AuthorityAuthorizationManager.hasAuthority(step.authority()),
                AuthorityAuthorizationManager.hasAnyRole(roles));
    }

    private static void strictHeaders(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                // DENY unless the page set its own: a sandboxed frame of Rempart's (a captured
                // email's HTML) answers SAMEORIGIN, with its own CSP (frame-ancestors 'self').
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::disable)
                .addHeaderWriter((request, response) -> {
                    if (!response.containsHeader("X-Frame-Options")) {
                        response.setHeader("X-Frame-Options", "DENY");
                    }
                })
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
    }
}
