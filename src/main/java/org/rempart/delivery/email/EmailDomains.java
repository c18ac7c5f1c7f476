package org.rempart.delivery.email;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The sending domains Rempart signs for, with the DNS records each should publish. */
@Component
class EmailDomains {

    private final DkimKeys keys;
    private final DkimSettings settings;
    private final String relayHost;

    EmailDomains(DkimKeys keys, DkimSettings settings, @Value("${rempart.smtp.host:}") String relayHost) {
        this.keys = keys;
        this.settings = settings;
        this.relayHost = relayHost;
    }

    List<DnsRecords> records() {
        return keys.publicKeys().stream().map(this::records).toList();
    }

    /** Generates the domain's key when it has none; {@link IllegalArgumentException} when it is not a domain. */
    DnsRecords add(String domain) {
        return records(keys.publicKey(domain));
    }

    DkimSettings dkim() {
        return settings;
    }

    private DnsRecords records(DkimPublicKey key) {
        return DnsRecords.of(key, settings.selector(), relayHost);
    }
}
