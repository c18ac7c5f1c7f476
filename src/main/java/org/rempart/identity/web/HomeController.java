package org.rempart.identity.web;

import org.rempart.identity.internal.OperatorPrincipal;
import org.rempart.identity.internal.Operators;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after sign-in. */
@Controller
class HomeController {

    private final Operators operators;

    HomeController(Operators operators) {
        this.operators = operators;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal OperatorPrincipal principal, Model model) {
        model.addAttribute("operator", operators.get(principal.id()));
        return "identity/home";
    }
}
