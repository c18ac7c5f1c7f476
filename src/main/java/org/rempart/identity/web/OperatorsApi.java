package org.rempart.identity.web;

import java.util.List;
import java.util.Set;
import org.rempart.identity.Role;
import org.rempart.identity.internal.ApiTokens;
import org.rempart.identity.internal.OperatorPrincipal;
import org.rempart.identity.internal.Operators;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators and API tokens over the API (used by deployments: keep these shapes stable). */
@RestController
@RequestMapping("/api")
class OperatorsApi {

    private final Operators operators;
    private final ApiTokens tokens;

    OperatorsApi(Operators operators, ApiTokens tokens) {
        this.operators = operators;
        this.tokens = tokens;
    }

    record Me(String username, List<String> roles) {
    }

    @GetMapping("/me")
    Me me(@AuthenticationPrincipal OperatorPrincipal principal, Authentication authentication) {
        return new Me(principal.username(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).sorted().toList());
    }

    record NewOperator(String username, String email, Set<Role> roles) {
    }

    record CreatedOperator(long id, String username, String initialPassword) {
    }

    @PostMapping("/operators")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    CreatedOperator create(@RequestBody NewOperator body) {
        var created = operators.create(body.username(), body.email(), body.roles());
        return new CreatedOperator(created.id(), created.username(), created.initialPassword());
    }

    record OperatorSummary(long id, String username, Set<Role> roles, boolean mfaEnrolled, boolean lockedOut) {
    }

    @GetMapping("/operators")
    @PreAuthorize("hasRole('ADMIN')")
    List<OperatorSummary> list() {
        return operators.all().stream().map(o -> new OperatorSummary(o.id(), o.username(), o.roles(),
                o.mfaEnrolled(), operators.isLockedOut(o))).toList();
    }

    /** Lifts a lock, whether set by an administrator or by repeated sign-in failures. */
    @PostMapping("/operators/{id}/unlock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    void unlock(@PathVariable long id) {
        operators.setDisabled(id, false);
    }

    record NewToken(String name, Integer expiresInDays, Set<Role> scopes) {
    }

    record CreatedToken(long id, String token) {
    }

    @PostMapping("/operators/{id}/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    CreatedToken createToken(@PathVariable long id, @RequestBody NewToken body) {
        operators.get(id);
        var created = tokens.create(id, body.name(), body.expiresInDays(), body.scopes());
        return new CreatedToken(created.id(), created.token());
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    void revoke(@PathVariable long id) {
        tokens.revoke(id);
    }
}
