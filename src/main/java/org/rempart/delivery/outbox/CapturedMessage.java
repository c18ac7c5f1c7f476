package org.rempart.delivery.outbox;

import java.time.Instant;
import java.util.List;
import org.rempart.delivery.OutgoingEmail;
import org.rempart.delivery.OutgoingSms;

/** A message the capture outbox kept instead of sending it. Held in memory only. */
public sealed interface CapturedMessage {

    long id();

    Instant at();

    /**
     * An email as it would have left: the MIME message, signed when DKIM is on.
     *
     * @param wire the message's bytes as they would have gone over SMTP
     */
    record Email(long id, Instant at, OutgoingEmail email, byte[] wire) implements CapturedMessage {

        @Override
        public String toString() {
            return "CapturedMessage.Email[" + id + ", " + email + "]";
        }
    }

    /** An SMS, with the message ids the outbox answered for its segments. */
    record Sms(long id, Instant at, OutgoingSms sms, List<String> messageIds) implements CapturedMessage {

        public Sms {
            messageIds = List.copyOf(messageIds);
        }
    }
}
