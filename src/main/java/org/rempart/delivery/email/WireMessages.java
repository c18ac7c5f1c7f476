package org.rempart.delivery.email;

import jakarta.mail.internet.AddressException;
import java.time.Clock;
import java.time.Instant;
import org.rempart.delivery.OutgoingEmail;
import org.springframework.stereotype.Component;

/**
 * The message exactly as it leaves Rempart: {@link EmailMime}, then, unless the relay signs,
 * a DKIM signature (rsa-sha256, relaxed/relaxed) by the sending domain's key.
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

    /** The message; {@link AddressException} when the recipient is not an address. */
    public WireMessage build(OutgoingEmail email) throws AddressException {
        return builder().build(email);
    }

    /** A builder for messages built one after another on one thread, such as a group's: its buffers are reused. */
    public Builder builder() {
        return new Builder();
    }

    /** Builds messages one after another, on one thread. */
    public final class Builder {

        private final EmailMime mime = new EmailMime();

        private Builder() {
        }

        /** The message; {@link AddressException} when the recipient is not an address. */
        public WireMessage build(OutgoingEmail email) throws AddressException {
            Instant now = clock.instant();
            WireMessage message = mime.write(email, now);
            if (!settings.enabled()) {
                return message;
            }
            String domain = SendingDomain.of(email.from().domain());
            DkimKeys.SigningKey signing = keys.signingKey(domain);
            return message.withBytes(DkimSigner.sign(message.bytes(), domain,
                    settings.selectorOr(signing.selector()), signing.key(), now));
        }
    }
}
