package org.rempart.audit.internal;

import org.rempart.audit.Actor;
import org.rempart.platform.CommandLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Verifies the log once Rempart is up, in the background: a long log must not delay the start,
 * and a broken one must not prevent it (it is reported, and an alert shows to those who may act).
 */
@Component
class StartupVerification {

    private static final Logger log = LoggerFactory.getLogger(StartupVerification.class);

    private final ChainVerification chain;
    private final CommandLine commandLine;
    private final boolean enabled;

    StartupVerification(ChainVerification chain, CommandLine commandLine,
            @Value("${rempart.audit.verify-at-start:true}") boolean enabled) {
        this.chain = chain;
        this.commandLine = commandLine;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (enabled && !commandLine.active()) {
            start();
        }
    }

    /** Starts a verification on a thread of its own and returns that thread. */
    Thread start() {
        return Thread.ofVirtual().name("audit-verify-at-start").start(this::run);
    }

    private void run() {
        try {
            chain.verify(new Actor.SystemJob("audit-verify-at-start"));
        } catch (RuntimeException e) {
            log.error("The audit log could not be verified at start-up", e);
        }
    }
}
