package org.rempart.delivery;

import java.time.Instant;

/**
 * A recipient answered STOP (or ARRET, STOP SMS) from this number, in E.164: published as an
 * application event for the withdrawal of SMS consent. The number is personal data: it is kept
 * out of this event's text form, and the event must not be stored as it is.
 */
public record SmsStopReply(String number, Instant receivedAt) {

    @Override
    public String toString() {
        return "SmsStopReply[number=(hidden), receivedAt=" + receivedAt + "]";
    }
}
