package org.rempart.delivery.internal;

import org.rempart.delivery.OutgoingEmail;

/**
 * What each email of a group waits for before it goes, on the thread that sends it: the engine's
 * limits (rate, messages in flight per recipient domain).
 */
public interface SendGate {

    /** No limit: every email goes at once. */
    SendGate OPEN = new SendGate() {

        @Override
        public boolean enter(OutgoingEmail email) {
            return true;
        }

        @Override
        public void leave(OutgoingEmail email) {
        }

        @Override
        public void stop() {
        }
    };

    /**
     * Waits until {@code email} may go. False when it may not: the gate was stopped, or the thread
     * interrupted (its flag is then set again). Each {@code true} is followed by a {@link #leave}.
     */
    boolean enter(OutgoingEmail email);

    /** {@code email}, let through, has its outcome. */
    void leave(OutgoingEmail email);

    /** From any thread: lets no more emails through, and ends a wait in progress. */
    void stop();
}
