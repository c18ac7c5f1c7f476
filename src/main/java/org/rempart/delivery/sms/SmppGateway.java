package org.rempart.delivery.sms;

import org.rempart.delivery.internal.Throttle;
import java.io.IOException;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.rempart.delivery.LinkFailure;
import org.rempart.delivery.OutgoingSms;
import org.rempart.delivery.SmppStatus;
import org.rempart.delivery.SmsGateway;
import org.rempart.delivery.SubmitResult;
import org.springframework.context.ApplicationEventPublisher;

/**
 * SMS to the SMSC over SMPP 3.4. Each SMS is sent by one of a pool of platform threads (jSMPP
 * waits for each answer on the calling thread), one segment at a time, so that an SMS holds at
 * most one request of its bind's window; at most window x binds SMS are in progress, and submit
 * waits for room. Every request waits for its slot in the throttle. A temporary error pauses the
 * throttle for everyone and the segment is sent again; a lost connection or a missing answer
 * sends it again on the next bound session, which may duplicate a segment the SMSC took but
 * could not acknowledge.
 */
final class SmppGateway implements SmsGateway, AutoCloseable {

    private static final RegisteredDelivery RECEIPT = new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE);

    private final SmppSettings settings;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService senders;
    private final BindPool binds;
    private final Throttle throttle;
    private final Semaphore inProgress;
    private final SubmitPdus pdus;
    private final Backoff retry;
    private volatile boolean closed;

    SmppGateway(SmppSettings settings, ApplicationEventPublisher events, InstantSource clock) {
        this.settings = settings;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(platformThreads("smpp-binds"));
        int inFlight = settings.window() * settings.binds();
        this.senders = Executors.newFixedThreadPool(inFlight, platformThreads("smpp-submit"));
        this.binds = new BindPool(settings, new InboundMessages(events, clock), scheduler);
        this.throttle = new Throttle(settings.rate(), Throttle.Ticker.SYSTEM);
        this.inProgress = new Semaphore(inFlight);
        this.pdus = new SubmitPdus(settings.concatenation());
        this.retry = new Backoff(settings.retryMin(), settings.retryMax());
    }

    /** Opens the binds in the background: Rempart starts even while the SMSC is down. */
    void start() {
        binds.open();
    }

    @Override
    public CompletableFuture<SubmitResult> submit(OutgoingSms sms) throws InterruptedException {
        SubmitPdus.Submission submission = pdus.of(sms);
        if (closed) {
            throw new IllegalStateException("The SMPP gateway is stopped");
        }
        inProgress.acquire();
        CompletableFuture<SubmitResult> result = new CompletableFuture<>();
        try {
            senders.execute(() -> {
                try {
                    result.complete(send(submission));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    result.complete(new SubmitResult.Unavailable(new LinkFailure.Unreachable("Rempart is stopping")));
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                } finally {
                    inProgress.release();
                }
            });
        } catch (RejectedExecutionException e) {
            inProgress.release();
            throw new IllegalStateException("The SMPP gateway is stopped", e);
        }
        return result;
    }

    private SubmitResult send(SubmitPdus.Submission submission) throws InterruptedException {
        List<String> messageIds = new ArrayList<>(submission.parts().size());
        for (SubmitPdus.Pdu part : submission.parts()) {
            SubmitResult result = sendPart(submission, part);
            if (!(result instanceof SubmitResult.Accepted accepted)) {
                return result;
            }
            messageIds.addAll(accepted.messageIds());
        }
        return new SubmitResult.Accepted(messageIds);
    }

    private SubmitResult sendPart(SubmitPdus.Submission submission, SubmitPdus.Pdu part) throws InterruptedException {
        SubmitResult last = null;
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            throttle.acquire();
            BindPool.Slot.Taken slot;
            switch (binds.take(settings.bindWait())) {
                case BindPool.Slot.None none -> {
                    return new SubmitResult.Unavailable(none.failure());
                }
                case BindPool.Slot.Taken taken -> slot = taken;
            }
            try {
                return new SubmitResult.Accepted(List.of(submit(slot, submission, part)));
            } catch (NegativeResponseException e) {
                SmppStatus status = new SmppStatus(e.getCommandStatus());
                if (!status.isTemporary()) {
                    return new SubmitResult.PermanentFailure(status);
                }
                throttle.pause(retry.after(attempt));
                last = new SubmitResult.TemporaryFailure(status);
            } catch (IOException | ResponseTimeoutException | InvalidResponseException e) {
                last = new SubmitResult.Unavailable(new LinkFailure.Unreachable("the SMSC did not answer"));
            } finally {
                binds.release(slot);
            }
        }
        return last;
    }

    private String submit(BindPool.Slot.Taken slot, SubmitPdus.Submission submission, SubmitPdus.Pdu part)
            throws IOException, ResponseTimeoutException, InvalidResponseException, NegativeResponseException {
        SubmitPdus.Address source = submission.source();
        SubmitPdus.Address destination = submission.destination();
        try {
            return slot.session().submitShortMessage(null, source.ton(), source.npi(), source.value(),
                    destination.ton(), destination.npi(), destination.value(), new ESMClass(part.esmClass()),
                    (byte) 0, (byte) 0, null, null, RECEIPT, (byte) 0, new RawDataCoding(part.dataCoding()),
                    (byte) 0, part.shortMessage(), part.tlvs()).getMessageId();
        } catch (PDUException e) {
            // The message's own checks keep fields within SMPP's limits; jSMPP's message would quote the value.
            throw new IllegalArgumentException("An SMPP field is out of its limits");
        }
    }

    @Override
    public void close() {
        closed = true;
        binds.close();
        senders.shutdownNow();
        scheduler.shutdownNow();
        try {
            senders.awaitTermination(settings.responseTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory platformThreads(String name) {
        return Thread.ofPlatform().name(name + "-", 1).daemon(true).factory();
    }
}
