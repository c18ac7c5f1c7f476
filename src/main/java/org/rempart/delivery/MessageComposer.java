package org.rempart.delivery;

import java.util.List;

/**
 * Turns a claimed batch into messages: implemented by the module that owns campaigns, so that the
 * dispatch engine knows nothing of templates. Called from the engine's worker threads.
 */
public interface MessageComposer {

    /** Reads what the batch's messages need at once; the messages are then rendered a group at a time. */
    Composition open(long campaignId, List<Recipient> recipients);

    /** A batch being composed. */
    @FunctionalInterface
    interface Composition {

        /** One message (or the reason there is none) per recipient of {@code group}, part of the batch, in any order. */
        List<ComposedMessage> compose(List<Recipient> group);
    }
}
