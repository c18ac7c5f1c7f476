package org.rempart.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.rempart.audit.AuditChain;
import org.rempart.audit.AuditPage;
import org.rempart.audit.AuditTrail;
import org.rempart.platform.OperatorTimeZone;
import org.rempart.platform.RequestRejectedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The audit page: the log, filtered and paginated, and a button that verifies the chain. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('SECURITY_OFFICER')")
class AuditController {

    private final AuditTrail trail;
    private final AuditChain chain;

    AuditController(AuditTrail trail, AuditChain chain) {
        this.trail = trail;
        this.chain = chain;
    }

    /** The filter as typed, to fill the form again and to build the paging links. */
    record Form(String contactId, String actor, String action, String from, String to) {
    }

    @GetMapping
    String page(@RequestParam(required = false) String contactId, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String page,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("form", new Form(contactId, actor, action, from, to));
        model.addAttribute("latest", chain.latest().orElse(null));
        ZoneId zone = OperatorTimeZone.of(request);
        try {
            var filter = AuditParameters.filter(contactId, actor, action, from, to,
                    local -> LocalDateTime.parse(local).atZone(zone).toInstant());
            AuditPage found = trail.search(filter, AuditParameters.page(page), AuditParameters.size(null));
            model.addAttribute("found", found);
        } catch (RequestRejectedException e) {
            response.setStatus(e.getStatusCode().value());
            model.addAttribute("invalidParameter", e.getReason().substring(0, e.getReason().indexOf(':')));
        }
        return "audit/audit";
    }

    @PostMapping("/verify")
    String verify(RedirectAttributes redirect) {
        redirect.addFlashAttribute("verification", chain.verify());
        return "redirect:/audit";
    }
}
