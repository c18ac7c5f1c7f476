package org.rempart.delivery.outbox;

import java.time.Instant;
import org.rempart.vault.Masks;

/**
 * A line of the outbox page: never the recipient in clear.
 *
 * @param summary the subject of an email, the segment count of an SMS
 */
record OutboxRow(long id, Instant at, String channel, String from, String recipient, String summary) {

    static OutboxRow of(CapturedMessage message) {
        return switch (message) {
            case CapturedMessage.Email e -> new OutboxRow(e.id(), e.at(), "EMAIL", e.email().from().address(),
                    Masks.email(e.email().to()), e.email().subject());
            case CapturedMessage.Sms s -> new OutboxRow(s.id(), s.at(), "SMS", s.sms().sender().value(),
                    Masks.phone(s.sms().destination()), String.valueOf(s.sms().text().segmentCount()));
        };
    }
}
