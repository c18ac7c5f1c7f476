package org.rempart.delivery.email;

import java.time.Instant;

/**
 * The public half of a sending domain's DKIM key, as the domain publishes it.
 *
 * @param domain the sending domain
 * @param publicKey the DER SubjectPublicKeyInfo in base64, the {@code p=} of the DNS record
 * @param createdAt when Rempart generated the key
 */
public record DkimPublicKey(String domain, String publicKey, Instant createdAt) {
}
