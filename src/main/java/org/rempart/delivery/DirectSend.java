package org.rempart.delivery;

/**
 * One message sent at once, outside any campaign: an operator's test send to an address or number
 * they typed. It goes through the same transport as campaigns (or the capture outbox).
 */
public interface DirectSend {

    Result email(OutgoingEmail email);

    Result sms(OutgoingSms sms);

    /** Whether the server took it, and its status code or reason when not (never a server's text). */
    record Result(boolean accepted, String detail) {
    }
}
