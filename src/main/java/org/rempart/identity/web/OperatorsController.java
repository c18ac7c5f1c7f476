package org.rempart.identity.web;

import java.util.EnumSet;
import java.util.List;
import org.rempart.identity.Role;
import org.rempart.identity.internal.ApiTokens;
import org.rempart.identity.internal.MfaEnrolment;
import org.rempart.identity.internal.OperatorPrincipal;
import org.rempart.identity.internal.Operators;
import org.rempart.platform.RequestRejectedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Operator administration for ADMINs: accounts, roles, locks, resets, API tokens. */
@Controller
@RequestMapping("/operators")
@PreAuthorize("hasRole('ADMIN')")
class OperatorsController {

    private final Operators operators;
    private final ApiTokens tokens;
    private final MfaEnrolment mfa;

    OperatorsController(Operators operators, ApiTokens tokens, MfaEnrolment mfa) {
        this.operators = operators;
        this.tokens = tokens;
        this.mfa = mfa;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("operators", operators.all().stream()
                .map(o -> new OperatorRow(o, operators.isLockedOut(o))).toList());
        return "identity/operators";
    }

    record OperatorRow(org.rempart.identity.internal.Operator operator, boolean lockedOut) {
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("roles", Role.values());
        return "identity/operator-new";
    }

    @PostMapping
    String create(@RequestParam String username, @RequestParam String email,
            @RequestParam(required = false) List<Role> roles, Model model, RedirectAttributes redirect) {
        try {
            var created = operators.create(username, email, roles == null ? List.of() : roles);
            redirect.addFlashAttribute("newPassword", created.initialPassword());
            return "redirect:/operators/" + created.id();
        } catch (RequestRejectedException e) {
            model.addAttribute("error", e.getReason());
            model.addAttribute("username", username);
            model.addAttribute("email", email);
            return newForm(model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        var operator = operators.get(id);
        model.addAttribute("operator", operator);
        model.addAttribute("lockedOut", operators.isLockedOut(operator));
        model.addAttribute("roles", Role.values());
        model.addAttribute("tokens", tokens.ofOperator(id));
        model.addAttribute("now", java.time.Instant.now());
        return "identity/operator";
    }

    @PostMapping("/{id}/roles")
    String roles(@PathVariable long id, @RequestParam(required = false) List<Role> roles,
            @AuthenticationPrincipal OperatorPrincipal principal, RedirectAttributes redirect) {
        if (id == principal.id() && (roles == null || !roles.contains(Role.ADMIN))) {
            redirect.addFlashAttribute("error", "operators.cannotDropOwnAdmin");
            return "redirect:/operators/" + id;
        }
        if (roles == null || roles.isEmpty()) {
            redirect.addFlashAttribute("error", "operators.rolesRequired");
            return "redirect:/operators/" + id;
        }
        operators.setRoles(id, EnumSet.copyOf(roles));
        return "redirect:/operators/" + id + "?saved";
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, @AuthenticationPrincipal OperatorPrincipal principal,
            RedirectAttributes redirect) {
        if (id == principal.id()) {
            redirect.addFlashAttribute("error", "operators.cannotLockSelf");
        } else {
            operators.setDisabled(id, true);
        }
        return "redirect:/operators/" + id;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id) {
        operators.setDisabled(id, false);
        return "redirect:/operators/" + id;
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("newPassword", operators.resetPassword(id));
        return "redirect:/operators/" + id;
    }

    @PostMapping("/{id}/reset-mfa")
    String resetMfa(@PathVariable long id) {
        operators.get(id);
        mfa.reset(id);
        return "redirect:/operators/" + id + "?saved";
    }

    @PostMapping("/{id}/tokens")
    String createToken(@PathVariable long id, @RequestParam String name,
            @RequestParam(defaultValue = "90") int expiresInDays, @RequestParam(required = false) List<Role> scopes,
            RedirectAttributes redirect) {
        operators.get(id);
        try {
            redirect.addFlashAttribute("newToken", tokens.create(id, name, expiresInDays, scopes).token());
        } catch (RequestRejectedException e) {
            redirect.addFlashAttribute("error", e.getReason());
        }
        return "redirect:/operators/" + id;
    }

    @PostMapping("/{id}/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable long id, @PathVariable long tokenId) {
        tokens.find(tokenId).filter(t -> t.operatorId() == id)
                .orElseThrow(() -> RequestRejectedException.notFound("No such token"));
        tokens.revoke(tokenId);
        return "redirect:/operators/" + id;
    }
}
