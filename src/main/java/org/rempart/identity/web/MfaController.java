package org.rempart.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.rempart.identity.internal.LoginThrottle;
import org.rempart.identity.internal.MfaEnrolment;
import org.rempart.identity.internal.OperatorPrincipal;
import org.rempart.identity.internal.Operators;
import org.rempart.identity.internal.QrCode;
import org.rempart.identity.internal.SignInSteps;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second factor: enrolment (QR code, confirmation code, recovery codes shown once) and the
 * code asked after the password.
 */
@Controller
class MfaController {

    private static final String PENDING_KEY = "rempart.mfa.pendingKey";

    private final MfaEnrolment mfa;
    private final Operators operators;
    private final SignInSteps steps;
    private final LoginThrottle throttle;
    private final QrCode qrCode;

    MfaController(MfaEnrolment mfa, Operators operators, SignInSteps steps, LoginThrottle throttle, QrCode qrCode) {
        this.mfa = mfa;
        this.operators = operators;
        this.steps = steps;
        this.throttle = throttle;
        this.qrCode = qrCode;
    }

    @GetMapping("/mfa/enrol")
    String enrolForm(@AuthenticationPrincipal OperatorPrincipal principal, HttpSession session, Model model) {
        String key = (String) session.getAttribute(PENDING_KEY);
        if (key == null) {
            key = mfa.newKey();
            session.setAttribute(PENDING_KEY, key);
        }
        model.addAttribute("key", key.replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("enrolled", operators.get(principal.id()).mfaEnrolled());
        return "identity/mfa-enrol";
    }

    @GetMapping(value = "/mfa/enrol/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@AuthenticationPrincipal OperatorPrincipal principal, HttpSession session) {
        String key = (String) session.getAttribute(PENDING_KEY);
        if (key == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(qrCode.png(mfa.uri(principal.username(), key)));
    }

    @PostMapping("/mfa/enrol")
    String enrol(@AuthenticationPrincipal OperatorPrincipal principal, @RequestParam String code,
            HttpSession session, Model model) {
        String key = (String) session.getAttribute(PENDING_KEY);
        List<String> recoveryCodes = key == null ? List.of() : mfa.confirm(principal.id(), key, code);
        if (recoveryCodes.isEmpty()) {
            model.addAttribute("error", "mfa.codeWrong");
            return enrolForm(principal, session, model);
        }
        session.removeAttribute(PENDING_KEY);
        model.addAttribute("recoveryCodes", recoveryCodes);
        return "identity/mfa-recovery-codes";
    }

    /** After reading the recovery codes: the enrolment counts as this session's proof. */
    @PostMapping("/mfa/enrol/done")
    String enrolDone(@AuthenticationPrincipal OperatorPrincipal principal, HttpServletRequest request,
            HttpServletResponse response) {
        return "redirect:" + steps.advance(request, response, principal.id(), true);
    }

    @GetMapping("/mfa/verify")
    String verifyForm() {
        return "identity/mfa-verify";
    }

    @PostMapping("/mfa/verify")
    String verify(@AuthenticationPrincipal OperatorPrincipal principal, @RequestParam String code,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        var operator = operators.get(principal.id());
        if (mfa.verify(operator, code)) {
            throttle.recordSuccess(operator.username());
            return "redirect:" + steps.advance(request, response, principal.id(), true);
        }
        throttle.failAndWait(operator.username());
        if (throttle.isLocked(operator.username())) {
            new SecurityContextLogoutHandler().logout(request, response, null);
            return "redirect:/login?error";
        }
        model.addAttribute("error", "mfa.codeWrong");
        return "identity/mfa-verify";
    }
}
