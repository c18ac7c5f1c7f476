package org.rempart.delivery.email;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Email settings for administrators: the DNS records (DKIM, SPF, DMARC) of each sending domain,
 * and a key of the domain's own to sign with instead of the one Rempart generated.
 */
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

    /** Why a domain's key was refused, shown beside that domain. */
    record RefusedKey(String domain, String reason) {
    }

    @PostMapping("/domains/{domain}/key")
    String importKey(@PathVariable String domain, @RequestParam(defaultValue = "") String privateKey,
            @RequestParam(defaultValue = "") String selector, Model model, HttpServletResponse response) {
        try {
            return "redirect:/settings/email#" + domains.importKey(domain, privateKey, selector).domain();
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("refusedKey", new RefusedKey(domain, e.getMessage()));
            return page(model);
        }
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
