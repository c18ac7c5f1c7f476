package org.rempart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.rempart.identity.Role;
import org.rempart.identity.internal.IdentityFixtures;
import org.rempart.identity.internal.IdentityFixtures.Account;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint, called by every role and by nobody, answers as its rule says. The endpoints
 * come from the controllers' mappings: a new endpoint without a rule here fails this test.
 */
@StorageTest
class AuthorizationMatrixTest {

    /** Who may call an endpoint: anyone, some roles, or no role at all (sign-in steps). */
    private record Rule(boolean anonymous, Set<Role> allowed) {
        static Rule anyone() {
            return new Rule(true, Set.of());
        }

        static Rule adminOnly() {
            return new Rule(false, EnumSet.of(Role.ADMIN));
        }

        static Rule roles(Role... roles) {
            return new Rule(false, EnumSet.copyOf(List.of(roles)));
        }

        static Rule everyRole() {
            return new Rule(false, EnumSet.allOf(Role.class));
        }

        /** Only reachable during a sign-in step, never with a role. */
        static Rule signInStepOnly() {
            return new Rule(false, Set.of());
        }
    }

    private static final Map<String, Rule> RULES = Map.ofEntries(
            Map.entry("GET /login", Rule.anyone()),
            Map.entry("GET /error", Rule.anyone()),
            Map.entry("GET /", Rule.everyRole()),
            Map.entry("GET /account", Rule.everyRole()),
            Map.entry("POST /account/time-zone", Rule.everyRole()),
            Map.entry("GET /password", Rule.everyRole()),
            Map.entry("POST /password", Rule.everyRole()),
            Map.entry("GET /mfa/enrol", Rule.everyRole()),
            Map.entry("GET /mfa/enrol/qr.png", Rule.everyRole()),
            Map.entry("POST /mfa/enrol", Rule.everyRole()),
            Map.entry("POST /mfa/enrol/done", Rule.everyRole()),
            Map.entry("GET /mfa/verify", Rule.signInStepOnly()),
            Map.entry("POST /mfa/verify", Rule.signInStepOnly()),
            Map.entry("GET /operators", Rule.adminOnly()),
            Map.entry("GET /operators/new", Rule.adminOnly()),
            Map.entry("POST /operators", Rule.adminOnly()),
            Map.entry("GET /operators/{id}", Rule.adminOnly()),
            Map.entry("POST /operators/{id}/roles", Rule.adminOnly()),
            Map.entry("POST /operators/{id}/disable", Rule.adminOnly()),
            Map.entry("POST /operators/{id}/enable", Rule.adminOnly()),
            Map.entry("POST /operators/{id}/reset-password", Rule.adminOnly()),
            Map.entry("POST /operators/{id}/reset-mfa", Rule.adminOnly()),
            Map.entry("POST /operators/{id}/tokens", Rule.adminOnly()),
            Map.entry("POST /operators/{id}/tokens/{tokenId}/revoke", Rule.adminOnly()),
            Map.entry("GET /audit", Rule.roles(Role.ADMIN, Role.SECURITY_OFFICER)),
            Map.entry("POST /audit/verify", Rule.roles(Role.ADMIN, Role.SECURITY_OFFICER)),
            Map.entry("GET /api/audit", Rule.roles(Role.ADMIN, Role.SECURITY_OFFICER)),
            Map.entry("GET /api/audit/verify", Rule.roles(Role.ADMIN, Role.SECURITY_OFFICER)),
            Map.entry("GET /api/audit/exposure", Rule.roles(Role.ADMIN, Role.SECURITY_OFFICER)),
            Map.entry("GET /api/me", Rule.everyRole()),
            Map.entry("GET /api/operators", Rule.adminOnly()),
            Map.entry("POST /api/operators", Rule.adminOnly()),
            Map.entry("POST /api/operators/{id}/unlock", Rule.adminOnly()),
            Map.entry("POST /api/operators/{id}/tokens", Rule.adminOnly()),
            Map.entry("DELETE /api/tokens/{id}", Rule.adminOnly()),
            Map.entry("POST /api/keys/rotate", Rule.adminOnly()),
            Map.entry("GET /api/keys/rotation", Rule.adminOnly()),
            Map.entry("GET /contacts", Rule.everyRole()),
            Map.entry("POST /contacts/search", Rule.everyRole()),
            Map.entry("GET /contacts/{id}", Rule.everyRole()),
            Map.entry("POST /contacts/{id}/reveal", Rule.roles(Role.ADMIN, Role.MARKETER, Role.SECURITY_OFFICER)),
            Map.entry("POST /contacts/{id}/erase", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("GET /imports", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("POST /imports", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("GET /imports/{id}", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("GET /imports/{id}/progress", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("GET /imports/{id}/report", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("GET /segments", Rule.everyRole()),
            Map.entry("POST /segments/count", Rule.everyRole()),
            Map.entry("POST /segments", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("GET /api/contacts", Rule.everyRole()),
            Map.entry("GET /api/contacts/{id}", Rule.everyRole()),
            Map.entry("GET /api/contacts/{id}/consents", Rule.everyRole()),
            Map.entry("GET /api/contacts/{id}/details", Rule.everyRole()),
            Map.entry("POST /api/contacts/search", Rule.everyRole()),
            Map.entry("POST /api/contacts/{id}/reveal", Rule.roles(Role.ADMIN, Role.MARKETER, Role.SECURITY_OFFICER)),
            Map.entry("POST /api/contacts", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("PATCH /api/contacts/{id}", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("DELETE /api/contacts/{id}", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("POST /api/imports", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("GET /api/imports/{id}", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("GET /api/imports/{id}/report", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("POST /api/segments", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("GET /api/segments", Rule.everyRole()),
            Map.entry("POST /api/segments/count", Rule.everyRole()),
            Map.entry("GET /api/segments/{id}/count", Rule.everyRole()),
            Map.entry("POST /api/lists", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("GET /api/lists", Rule.everyRole()),
            Map.entry("POST /api/lists/{id}/members", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("POST /api/campaigns", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("GET /api/campaigns", Rule.everyRole()),
            Map.entry("GET /api/campaigns/{id}", Rule.everyRole()),
            Map.entry("PUT /api/campaigns/{id}", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("POST /api/campaigns/{id}/send", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("POST /api/campaigns/{id}/pause", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("POST /api/campaigns/{id}/resume", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("POST /api/campaigns/{id}/cancel", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("GET /outbox", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("GET /outbox/{id}", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("GET /outbox/{id}/html", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("GET /settings/email", Rule.adminOnly()),
            Map.entry("POST /settings/email/domains", Rule.adminOnly()),
            Map.entry("GET /api/settings/dkim", Rule.adminOnly()),
            Map.entry("PUT /api/settings/dkim/keys/{domain}", Rule.adminOnly()),
            Map.entry("POST /settings/email/domains/{domain}/key", Rule.adminOnly()),
            Map.entry("GET /o/{token}", Rule.anyone()),
            Map.entry("GET /c/{token}", Rule.anyone()),
            Map.entry("GET /s/{code}", Rule.anyone()),
            Map.entry("GET /u/{token}", Rule.anyone()),
            Map.entry("POST /u/{token}", Rule.anyone()),
            Map.entry("POST /api/lists/{id}/members/remove", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("GET /lists", Rule.everyRole()),
            Map.entry("POST /lists", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("GET /lists/{id}", Rule.everyRole()),
            Map.entry("POST /lists/members", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("POST /lists/{id}/members/remove", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("GET /campaigns", Rule.everyRole()),
            Map.entry("GET /campaigns/new", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("POST /campaigns", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("GET /campaigns/{id}", Rule.everyRole()),
            Map.entry("GET /campaigns/{id}/edit", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("POST /campaigns/{id}", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("POST /campaigns/sms-check", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("GET /campaigns/{id}/figures", Rule.everyRole()),
            Map.entry("GET /campaigns/{id}/stats", Rule.everyRole()),
            Map.entry("GET /campaigns/{id}/preview", Rule.everyRole()),
            Map.entry("POST /campaigns/{id}/test", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("POST /campaigns/{id}/send", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("POST /campaigns/{id}/pause", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("POST /campaigns/{id}/resume", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("POST /campaigns/{id}/cancel", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("GET /api/campaigns/{id}/stats", Rule.everyRole()),
            Map.entry("POST /api/campaigns/{id}/test", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("POST /contacts/{id}/edit", Rule.roles(Role.ADMIN, Role.MARKETER)),
            Map.entry("GET /actuator/health", Rule.anyone()),
            Map.entry("GET /actuator/prometheus", Rule.adminOnly()));

    /** Actuator endpoints are mapped outside the controllers, so they are listed here. */
    private static final List<String> ACTUATOR = List.of("GET /actuator/health", "GET /actuator/prometheus");

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityFixtures fixtures;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyEndpointHasARule() {
        assertThat(RULES.keySet()).containsAll(endpoints());
    }

    @Test
    void everyEndpointAnswersEveryRoleAsItsRuleSays() throws Exception {
        Map<Role, Account> callers = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            callers.put(role, role.requiresMfa() ? fixtures.operatorWithMfa(role) : fixtures.operator(role));
        }
        Account target = fixtures.operator(Role.ANALYST);
        List<String> wrong = new ArrayList<>();
        for (String endpoint : endpoints()) {
            Rule rule = RULES.get(endpoint);
            int anonymous = call(endpoint, null, target);
            boolean anonymousRefused = isApi(endpoint) ? anonymous == 401 : isRedirectToLogin(endpoint, null, target);
            if (rule.anonymous() == anonymousRefused) {
                wrong.add(endpoint + " anonymous -> " + anonymous);
            }
            if (rule.anonymous()) {
                continue;
            }
            for (Role role : Role.values()) {
                int status = call(endpoint, callers.get(role), target);
                boolean allowed = rule.allowed().contains(role);
                if (allowed ? status == 401 || status == 403 : status != 403) {
                    wrong.add(endpoint + " " + role + " -> " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>(ACTUATOR);
        mappings.getHandlerMethods().keySet().forEach(info -> {
            var methods = info.getMethodsCondition().getMethods();
            for (String path : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("GET " + path);
                }
                methods.forEach(method -> endpoints.add(method.name() + " " + path));
            }
        });
        return endpoints;
    }

    private static boolean isApi(String endpoint) {
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        return path.startsWith("/api/") || path.startsWith("/actuator/");
    }

    private boolean isRedirectToLogin(String endpoint, Account caller, Account target) throws Exception {
        var response = mvc.perform(build(endpoint, caller, target)).andReturn().getResponse();
        return response.getStatus() == 302 && response.getRedirectedUrl() != null
                && response.getRedirectedUrl().endsWith("/login");
    }

    private int call(String endpoint, Account caller, Account target) throws Exception {
        return mvc.perform(build(endpoint, caller, target)).andReturn().getResponse().getStatus();
    }

    private MockHttpServletRequestBuilder build(String endpoint, Account caller, Account target) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                .replace("{id}", String.valueOf(target.id()))
                .replace("{tokenId}", "999999999")
                .replace("{token}", "unknown-token")
                .replace("{code}", "unknown")
                .replace("{domain}", "matrice.exemple.fr");
        var builder = request(HttpMethod.valueOf(method), path);
        if (isApi(endpoint)) {
            builder.contentType(MediaType.APPLICATION_JSON).content("{}");
            if (caller != null) {
                builder.header("Authorization", "Bearer " + caller.token());
            }
        } else {
            builder.with(csrf());
            if (caller != null) {
                builder.with(authentication(fixtures.signedIn(caller)));
            }
        }
        return builder;
    }
}
