package org.rempart.delivery.outbox;

import jakarta.mail.internet.AddressException;
import java.util.ArrayList;
import java.util.List;
import org.rempart.delivery.OutgoingEmail;
import org.rempart.delivery.email.WireMessages;
import org.rempart.delivery.internal.EmailTransport;
import org.rempart.delivery.internal.SendGate;
import org.rempart.delivery.internal.SendOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Email without an SMTP server: each message is built exactly as it would go on the wire (MIME,
 * DKIM) and kept in the {@link CaptureOutbox}.
 */
final class CaptureEmailTransport implements EmailTransport {

    private static final Logger log = LoggerFactory.getLogger(CaptureEmailTransport.class);

    private final CaptureOutbox outbox;
    private final WireMessages messages;

    CaptureEmailTransport(CaptureOutbox outbox, WireMessages messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    /**
     * On the calling thread, one email after the other. A gate that fails leaves the rest untried,
     * as on an SMTP connection: the outcomes of what was captured are kept, not lost in the error.
     */
    @Override
    public List<SendOutcome> send(List<OutgoingEmail> emails, SendGate gate) {
        List<SendOutcome> outcomes = new ArrayList<>();
        try {
            for (OutgoingEmail email : emails) {
                if (!gate.enter(email)) {
                    break;
                }
                try {
                    outcomes.add(capture(email));
                } finally {
                    gate.leave(email);
                }
            }
        } catch (RuntimeException e) {
            log.error("A send gate of the capture outbox failed ({}): the rest of its group is left untried",
                    e.getClass().getSimpleName());
        }
        return outcomes;
    }

    private SendOutcome capture(OutgoingEmail email) {
        byte[] wire;
        try {
            wire = messages.build(email).bytes();
        } catch (AddressException e) {
            return SendOutcome.PermanentFailure.invalidAddress();
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
