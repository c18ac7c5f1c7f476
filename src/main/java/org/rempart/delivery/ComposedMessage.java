package org.rempart.delivery;

/** What the composer made of one recipient of a claimed batch. */
public sealed interface ComposedMessage {

    long deliveryId();

    record Email(OutgoingEmail email) implements ComposedMessage {
        @Override
        public long deliveryId() {
            return email.deliveryId();
        }
    }

    record Sms(long deliveryId, OutgoingSms sms) implements ComposedMessage {
    }

    /** Not now: the recipient is outside the legal sending hours; try again at {@code until}, no attempt counted. */
    record Deferred(long deliveryId, java.time.Instant until) implements ComposedMessage {
    }

    /**
     * Nothing can be sent to this recipient (no address any more, a contact erased since its
     * delivery was written): the delivery fails without an attempt. The reason names no personal
     * value.
     */
    record Unsendable(long deliveryId, String reason) implements ComposedMessage {
    }
}
