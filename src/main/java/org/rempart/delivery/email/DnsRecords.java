package org.rempart.delivery.email;

import java.util.ArrayList;
import java.util.List;

/**
 * What a sending domain publishes in DNS for its email to be trusted: the DKIM public key under
 * the selector, and advice for SPF and DMARC.
 *
 * @param dkimName the DKIM record's name, {@code rempart._domainkey.example.fr}
 * @param dkimValue the DKIM record's text, {@code v=DKIM1; k=rsa; p=...}
 * @param dkimRecord the record in zone-file form, the text cut into strings of 255 characters at most
 * @param spf an SPF record to adapt: the servers that hand your mail to recipients
 * @param dmarc a DMARC record to start with, reports only
 */
public record DnsRecords(String domain, String dkimName, String dkimValue, String dkimRecord, String spf,
        String dmarc) {

    /** A TXT record's character-strings hold 255 bytes at most (RFC 1035); longer text is split. */
    private static final int TXT_STRING = 255;

    public static DnsRecords of(DkimPublicKey key, String selector, String relayHost) {
        String domain = key.domain();
        String name = selector + "._domainkey." + domain;
        String value = "v=DKIM1; k=rsa; p=" + key.publicKey();
        String sender = relayHost == null || relayHost.isBlank() ? "include:<your relay's SPF domain>" : "a:" + relayHost;
        return new DnsRecords(domain, name, value, name + ". IN TXT " + quoted(value),
                domain + ". IN TXT \"v=spf1 " + sender + " ~all\"",
                "_dmarc." + domain + ". IN TXT \"v=DMARC1; p=none; rua=mailto:dmarc-reports@" + domain
                        + "; adkim=r; aspf=r\"");
    }

    private static String quoted(String text) {
        List<String> strings = new ArrayList<>();
        for (int start = 0; start < text.length(); start += TXT_STRING) {
            strings.add("\"" + text.substring(start, Math.min(text.length(), start + TXT_STRING)) + "\"");
        }
        return strings.size() == 1 ? strings.getFirst() : "( " + String.join(" ", strings) + " )";
    }
}
