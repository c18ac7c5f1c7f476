package org.rempart.delivery.internal;

import org.rempart.delivery.OutgoingEmail;

/**
 * Where the engine hands emails: an SMTP server, or the capture outbox when none is configured.
 * {@link #send} is called from {@link #connections()} worker threads at once, each blocking until
 * its message has an answer.
 */
public interface EmailTransport {

    SendOutcome send(OutgoingEmail email);

    /** How many messages may be in flight at once on this node (SMTP connections). */
    int connections();
}
