package org.rempart.delivery.email;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Email settings for administrators: the DNS records (DKIM, SPF, DMARC) of each sending domain. */
@Controller
@RequestMapping("/settings/email")
@PreAuthorize("hasRole('ADMIN')")
class EmailSettingsPages {

    private final EmailDomains domains;

    EmailSettingsPages(EmailDomains domains) {
        this.domains = domains;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("dkim", domains.dkim());
        model.addAttribute("domains", domains.records());
        return "delivery/email-settings";
    }

    @PostMapping("/domains")
    String add(@RequestParam(defaultValue = "") String domain, Model model, HttpServletResponse response) {
        try {
            return "redirect:/settings/email#" + domains.add(domain).domain();
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("invalidDomain", domain);
            return page(model);
        }
    }
}
