package org.rempart.delivery;

/**
 * A delivery receipt from the SMSC, published as an application event: the message id it
 * returned at submission, the final (or intermediate) state and the network error code, as the
 * SMSC wrote it (empty when it gave none).
 */
public record SmsDeliveryReceipt(String messageId, State state, String error) {

    /** The SMPP message states, in the order of their {@code message_state} values (1 to 8). */
    public enum State {
        ENROUTE,
        DELIVRD,
        EXPIRED,
        DELETED,
        UNDELIV,
        ACCEPTD,
        UNKNOWN,
        REJECTD
    }
}
