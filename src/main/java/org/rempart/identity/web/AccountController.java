package org.rempart.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.List;
import org.rempart.identity.internal.MfaEnrolment;
import org.rempart.identity.internal.OperatorPrincipal;
import org.rempart.identity.internal.Operators;
import org.rempart.platform.OperatorTimeZone;
import org.rempart.platform.RequestRejectedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in operator's own settings: password, second factor, time zone. */
@Controller
class AccountController {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted().toList();

    private final Operators operators;
    private final MfaEnrolment mfa;

    AccountController(Operators operators, MfaEnrolment mfa) {
        this.operators = operators;
        this.mfa = mfa;
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal OperatorPrincipal principal, Model model) {
        var operator = operators.get(principal.id());
        model.addAttribute("operator", operator);
        model.addAttribute("recoveryCodesLeft", mfa.unusedRecoveryCodes(principal.id()));
        model.addAttribute("zones", ZONES);
        return "identity/account";
    }

    @PostMapping("/account/time-zone")
    String timeZone(@AuthenticationPrincipal OperatorPrincipal principal, @RequestParam String timeZone,
            HttpServletRequest request, Model model) {
        try {
            operators.setTimeZone(principal.id(), timeZone);
        } catch (RequestRejectedException e) {
            model.addAttribute("error", "account.zoneInvalid");
            return account(principal, model);
        }
        OperatorTimeZone.remember(request, timeZone);
        return "redirect:/account?saved";
    }
}
