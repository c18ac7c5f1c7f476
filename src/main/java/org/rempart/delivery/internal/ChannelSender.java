package org.rempart.delivery.internal;

import java.util.List;
import org.rempart.contacts.Channel;
import org.rempart.delivery.ComposedMessage;

/** Sends the composed messages of one batch over a channel and says what became of each. */
interface ChannelSender {

    Channel channel();

    /** How many batches this node may work on at once for the channel: its workers. */
    int workers();

    /**
     * How many of its workers work now: fewer than {@link #workers()} while other nodes share the
     * channel's connections, so that this node claims no more batches than it can send.
     */
    default int activeWorkers() {
        return workers();
    }

    /**
     * A result for every message. When the thread is interrupted, the messages not yet sent come
     * back untried and the interrupt flag is set again.
     *
     * @param messages the batch's sendable messages ({@code Email} or {@code Sms}), each with its attempt
     */
    BatchOutcome send(List<Pending> messages);

    /** A message to send and the attempt it is. */
    record Pending(ComposedMessage message, Attempt attempt) {
    }
}
