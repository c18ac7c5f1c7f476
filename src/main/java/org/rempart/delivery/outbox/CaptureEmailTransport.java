package org.rempart.delivery.outbox;

import jakarta.mail.internet.AddressException;
import org.rempart.delivery.OutgoingEmail;
import org.rempart.delivery.email.WireMessages;
import org.rempart.delivery.internal.EmailTransport;
import org.rempart.delivery.internal.SendOutcome;

/**
 * Email without an SMTP server: each message is built exactly as it would go on the wire (MIME,
 * DKIM) and kept in the {@link CaptureOutbox}.
 */
final class CaptureEmailTransport implements EmailTransport {

    private final CaptureOutbox outbox;
    private final WireMessages messages;

    CaptureEmailTransport(CaptureOutbox outbox, WireMessages messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    @Override
    public SendOutcome send(OutgoingEmail email) {
        byte[] wire;
        try {
            wire = messages.build(email).bytes();
        } catch (AddressException e) {
            return new SendOutcome.PermanentFailure("5.1.3 invalid address");
        }
        var captured = outbox.capture(stamp -> new CapturedMessage.Email(stamp.id(), stamp.at(), email, wire));
        return new SendOutcome.Sent("outbox-" + captured.id());
    }

    /** Capturing is memory work: as many at once as there are cores. */
    @Override
    public int connections() {
        return Runtime.getRuntime().availableProcessors();
    }
}
