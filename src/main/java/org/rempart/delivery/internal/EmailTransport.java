package org.rempart.delivery.internal;

import java.util.List;
import org.rempart.delivery.OutgoingEmail;

/**
 * Where the engine hands emails: an SMTP server, or the capture outbox when none is configured.
 * {@link #send(List, SendGate)} is called from many worker threads at once, each blocking until its
 * group has been sent.
 */
public interface EmailTransport {

    /**
     * Sends the emails one after the other, in order, each once {@code gate} lets it through, and
     * returns the outcome of each email tried, in order. The emails after the last outcome were not
     * tried: that outcome halts the channel ({@code Unreachable}, {@code ChannelDown}), the gate
     * refused one (it was stopped), or the transport closed. An interruption of the calling thread
     * stops the gate and leaves the thread's flag set on return, with the outcomes of what went.
     */
    List<SendOutcome> send(List<OutgoingEmail> emails, SendGate gate);

    /** One email, with no limits: a test send. */
    default SendOutcome send(OutgoingEmail email) {
        List<SendOutcome> outcomes = send(List.of(email), SendGate.OPEN);
        return outcomes.isEmpty() ? new SendOutcome.TemporaryFailure("not sent") : outcomes.getFirst();
    }

    /** How many emails may be in flight at once across the nodes (SMTP connections); each node uses its share. */
    int connections();

    /**
     * Uses no more than {@code connections} of its connections from now on: this node's share of
     * them, the others being other nodes'. A transport without connections of its own ignores it.
     */
    default void share(int connections) {
    }
}
