package org.rempart.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rempart.identity.internal.OperatorPrincipal;
import org.rempart.identity.internal.Operators;
import org.rempart.identity.internal.SignInSteps;
import org.rempart.platform.RequestRejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** An operator changes their own password: forced after an initial or reset one, or by choice. */
@Controller
class PasswordController {

    private final Operators operators;
    private final SignInSteps steps;

    PasswordController(Operators operators, SignInSteps steps) {
        this.operators = operators;
        this.steps = steps;
    }

    @GetMapping("/password")
    String form(@AuthenticationPrincipal OperatorPrincipal principal, Model model) {
        model.addAttribute("forced", operators.get(principal.id()).mustChangePassword());
        return "identity/password";
    }

    @PostMapping("/password")
    String change(@AuthenticationPrincipal OperatorPrincipal principal, @RequestParam String current,
            @RequestParam String password, @RequestParam String confirmation, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        try {
            if (!password.equals(confirmation)) {
                throw RequestRejectedException.badRequest("password.mismatch");
            }
            operators.changePassword(principal.id(), current, password);
        } catch (RequestRejectedException e) {
            model.addAttribute("error", e.getReason());
            return form(principal, model);
        }
        return "redirect:" + steps.advance(request, response, principal.id(), principal.mfaVerified())
                + "?passwordChanged";
    }
}
