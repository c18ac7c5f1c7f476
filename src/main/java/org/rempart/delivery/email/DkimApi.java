package org.rempart.delivery.email;

import java.util.List;
import org.rempart.platform.RequestRejectedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The DNS records of the sending domains, for administrators who script their DNS, and the import
 * of a domain's own signing key (PEM, PKCS#8), which replaces the one Rempart generated.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class DkimApi {

    private final EmailDomains domains;

    DkimApi(EmailDomains domains) {
        this.domains = domains;
    }

    record DkimJson(boolean enabled, String selector, List<DnsRecords> domains) {
    }

    record KeyJson(String privateKey, String selector) {
    }

    @GetMapping("/api/settings/dkim")
    DkimJson dkim() {
        return new DkimJson(domains.dkim().enabled(), domains.dkim().selector(), domains.records());
    }

    @PutMapping("/api/settings/dkim/keys/{domain}")
    DnsRecords importKey(@PathVariable String domain, @RequestBody KeyJson key) {
        try {
            return domains.importKey(domain, key.privateKey(), key.selector());
        } catch (IllegalArgumentException e) {
            throw RequestRejectedException.badRequest(e.getMessage());
        }
    }
}
