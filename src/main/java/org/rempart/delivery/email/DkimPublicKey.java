package org.rempart.delivery.email;

import java.time.Instant;

/**
 * The public half of a sending domain's DKIM key, as the domain publishes it.
 *
 * @param domain the sending domain
 * @param publicKey the DER SubjectPublicKeyInfo in base64, the {@code p=} of the DNS record
 * @param selector the selector of an imported key that has its own, or null for the configured one
 * @param createdAt when Rempart generated the key, or an administrator imported it
 */
public record DkimPublicKey(String domain, String publicKey, String selector, Instant createdAt) {
}
