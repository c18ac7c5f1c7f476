package org.rempart.delivery;

import java.util.List;

/**
 * Turns a claimed batch into messages: implemented by the module that owns campaigns, so that the
 * dispatch engine knows nothing of templates. Called from the engine's worker threads.
 */
public interface MessageComposer {

    /** One message (or the reason there is none) per recipient, in any order. */
    List<ComposedMessage> compose(long campaignId, List<Recipient> recipients);
}
