package org.rempart.delivery.email;

import jakarta.mail.internet.AddressException;
import java.time.Clock;
import java.time.Instant;
import org.rempart.delivery.OutgoingEmail;
import org.springframework.stereotype.Component;

/**
 * The message exactly as it leaves Rempart: {@link EmailMime}, then, unless the relay signs,
 * a DKIM signature (rsa-sha256, relaxed/relaxed) by the sending domain's key. A message Rempart
 * signs keeps seven-bit bodies, whatever the relay takes: a relay further on that has to convert
 * eight-bit bodies would break the signature (RFC 6376, 5.3).
 */
@Component
public class WireMessages {

    private final DkimSettings settings;
    private final DkimKeys keys;
    private final Clock clock;

    public WireMessages(DkimSettings settings, DkimKeys keys, Clock clock) {
        this.settings = settings;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * The message, for a relay that takes the bodies {@code relay} says; {@link AddressException}
     * when the recipient is not an address.
     */
    public WireMessage build(OutgoingEmail email, BodyTransfer relay) throws AddressException {
        Instant now = clock.instant();
        if (!settings.enabled()) {
            return EmailMime.of(email, now, relay);
        }
        WireMessage message = EmailMime.of(email, now, BodyTransfer.SEVEN_BIT);
        String domain = SendingDomain.of(email.from().domain());
        DkimKeys.SigningKey signing = keys.signingKey(domain);
        return message.withBytes(DkimSigner.sign(message.bytes(), domain, settings.selectorOr(signing.selector()),
                signing.key(), now));
    }
}
