package org.rempart.delivery;

import java.util.List;

/** What became of an SMS submitted to the SMSC. */
public sealed interface SubmitResult {

    /** The SMSC took every segment; its message ids, in segment order, are what delivery receipts refer to. */
    record Accepted(List<String> messageIds) implements SubmitResult {

        public Accepted {
            messageIds = List.copyOf(messageIds);
        }
    }

    /**
     * The SMSC kept answering a temporary error (throttling, a full queue, a system error) until
     * the attempts ran out: send it again later.
     */
    record TemporaryFailure(SmppStatus status) implements SubmitResult {
    }

    /**
     * The SMSC refused the SMS for good (an invalid or barred destination...): record the code. In
     * a concatenated SMS, the segments before the refused one have been taken.
     */
    record PermanentFailure(SmppStatus status) implements SubmitResult {
    }

    /**
     * No bind to the SMSC could take the SMS, or the SMSC never answered: nothing was sent, or
     * possibly the segment in flight. Pause and send it again when the link is back.
     */
    record Unavailable(LinkFailure cause) implements SubmitResult {
    }
}
