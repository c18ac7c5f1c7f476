package org.rempart.delivery;

import java.util.concurrent.CompletableFuture;

/**
 * Submits SMS to the SMSC when SMPP is configured ({@code REMPART_SMPP_HOST}); otherwise the
 * capture outbox's implementation keeps them in memory and accepts them.
 */
public interface SmsGateway {

    /**
     * Submits every segment of one SMS. Blocks while the window of outstanding requests is full,
     * so a dispatcher that submits a claimed batch in a loop goes at the SMSC's pace; the future
     * completes once every segment has an answer, and never exceptionally for an SMSC's refusal
     * or a lost connection: those are results.
     *
     * @throws InterruptedException when interrupted while waiting for room in the window
     */
    CompletableFuture<SubmitResult> submit(OutgoingSms sms) throws InterruptedException;
}
