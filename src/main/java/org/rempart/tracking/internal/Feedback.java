package org.rempart.tracking.internal;

/** What a recipient's side said about a delivery. */
public sealed interface Feedback {

    /** The tracking pixel was loaded. */
    record Open() implements Feedback {
    }

    /** A tracked link was followed. */
    record Click(int linkIndex) implements Feedback {
    }

    /** The unsubscribe page, the one-click POST or a mail to the unsubscribe address. */
    record Unsubscribe() implements Feedback {
    }

    /** Refused for good (an SMTP 5xx, a DSN with status 5.x.x); {@code status} is a code, never a server text. */
    record HardBounce(String status) implements Feedback {
    }

    /** Delayed or refused for now (a DSN with status 4.x.x or action delayed): counted only. */
    record SoftBounce(String status) implements Feedback {
    }

    /** The recipient reported the message as spam (an ARF abuse report). */
    record Complaint() implements Feedback {
    }
}
