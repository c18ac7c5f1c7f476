package org.rempart.delivery.email;

import java.util.List;
import org.rempart.audit.AuditLog;
import org.rempart.audit.AuditRecord;
import org.rempart.audit.Outcome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The sending domains Rempart signs for, with the DNS records each should publish. */
@Component
class EmailDomains {

    private final DkimKeys keys;
    private final DkimSettings settings;
    private final AuditLog audit;
    private final String relayHost;

    EmailDomains(DkimKeys keys, DkimSettings settings, AuditLog audit,
            @Value("${rempart.smtp.host:}") String relayHost) {
        this.keys = keys;
        this.settings = settings;
        this.audit = audit;
        this.relayHost = relayHost;
    }

    List<DnsRecords> records() {
        return keys.publicKeys().stream().map(this::records).toList();
    }

    /** Generates the domain's key when it has none; {@link IllegalArgumentException} when it is not a domain. */
    DnsRecords add(String domain) {
        return records(keys.publicKey(domain));
    }

    /**
     * Signs the domain's mail with an administrator's key from now on, published under its own
     * selector when it has one (audited); {@link
     * IllegalArgumentException} when the domain or the key is not acceptable.
     */
    DnsRecords importKey(String domain, String pem, String selector) {
        DkimPublicKey key = keys.importKey(domain, pem, selector);
        audit.append(AuditRecord.action("dkim.key.import", Outcome.SUCCESS, "domain " + key.domain()));
        return records(key);
    }

    DkimSettings dkim() {
        return settings;
    }

    private DnsRecords records(DkimPublicKey key) {
        return DnsRecords.of(key, settings.selectorOr(key.selector()), relayHost);
    }
}
