package org.rempart.delivery.email;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The DNS records of the sending domains, for administrators who script their DNS. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class DkimApi {

    private final EmailDomains domains;

    DkimApi(EmailDomains domains) {
        this.domains = domains;
    }

    record DkimJson(boolean enabled, String selector, List<DnsRecords> domains) {
    }

    @GetMapping("/api/settings/dkim")
    DkimJson dkim() {
        return new DkimJson(domains.dkim().enabled(), domains.dkim().selector(), domains.records());
    }
}
