package org.rempart.tracking.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Reads the bounce mailbox every {@code REMPART_BOUNCE_POLL_INTERVAL} when {@code REMPART_BOUNCE_IMAP_URL} is set. */
@Component
@ConditionalOnProperty("rempart.bounce.imap-url")
class BounceMailboxPolling {

    private static final Logger log = LoggerFactory.getLogger(BounceMailboxPolling.class);

    private final BounceMailbox mailbox;
    private final String url;

    BounceMailboxPolling(BounceMailbox mailbox, @Value("${rempart.bounce.imap-url}") String url) {
        this.mailbox = mailbox;
        this.url = url;
    }

    @Scheduled(fixedDelayString = "${rempart.bounce.poll-interval:60s}",
            initialDelayString = "${rempart.bounce.poll-interval:60s}")
    void poll() {
        try {
            mailbox.read(url);
        } catch (Exception e) {
            // The exception's text may quote the server or the URL, password included: only its type is logged.
            log.warn("The bounce mailbox could not be read ({}); next try at the next interval",
                    e.getClass().getSimpleName());
        }
    }
}
