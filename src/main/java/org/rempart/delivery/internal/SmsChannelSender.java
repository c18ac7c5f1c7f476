package org.rempart.delivery.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.rempart.contacts.Channel;
import org.rempart.delivery.ComposedMessage;
import org.rempart.delivery.LinkFailure;
import org.rempart.delivery.SmsGateway;
import org.rempart.delivery.SubmitResult;
import org.rempart.delivery.internal.DeliveryResult.Failed;
import org.rempart.delivery.internal.DeliveryResult.Sent;

/**
 * Submits a batch's SMS through the gateway, whose window of outstanding requests paces the loop,
 * then waits for every answer. A refused bind halts the campaign; a lost link puts the messages
 * back without counting an attempt.
 */
final class SmsChannelSender implements ChannelSender {

    private final SmsGateway gateway;
    private final int workers;
    private final Clock clock;

    SmsChannelSender(SmsGateway gateway, int workers, Clock clock) {
        this.gateway = gateway;
        this.workers = workers;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public int workers() {
        return workers;
    }

    /**
     * Every message gets a result, whatever happens to the others: one the gateway cannot encode
     * fails alone, and an interruption (the node stopping) leaves the rest untried, with the
     * interrupt flag set again for the caller.
     */
    @Override
    public BatchOutcome send(List<Pending> messages) {
        List<CompletableFuture<SubmitResult>> answers = new ArrayList<>();
        boolean interrupted = false;
        for (Pending pending : messages) {
            if (interrupted) {
                answers.add(null);
                continue;
            }
            try {
                answers.add(gateway.submit(((ComposedMessage.Sms) pending.message()).sms()));
            } catch (InterruptedException e) {
                interrupted = true;
                answers.add(null);
            } catch (RuntimeException e) {
                answers.add(CompletableFuture.failedFuture(new NotSubmittable(e)));
            }
        }
        List<DeliveryResult> results = new ArrayList<>();
        Optional<String> halted = Optional.empty();
        for (int i = 0; i < messages.size(); i++) {
            Attempt attempt = messages.get(i).attempt();
            long id = attempt.delivery().id();
            if (answers.get(i) == null) {
                results.add(attempt.untried(clock.instant(), "node stopping"));
                continue;
            }
            SubmitResult answer;
            try {
                answer = answers.get(i).join();
            } catch (CompletionException | CancellationException e) {
                results.add(e.getCause() instanceof NotSubmittable n
                        ? new Failed(id, "not submittable: " + n.getCause().getClass().getSimpleName(), false)
                        : attempt.temporaryFailure("submit error"));
                continue;
            }
            switch (answer) {
                case SubmitResult.Accepted a -> results.add(new Sent(id, a.messageIds()));
                case SubmitResult.TemporaryFailure t -> results.add(attempt.temporaryFailure(t.status().toString()));
                case SubmitResult.PermanentFailure p -> results.add(new Failed(id, p.status().toString(), true));
                case SubmitResult.Unavailable u -> {
                    results.add(attempt.untried(clock.instant(), u.cause().description()));
                    if (u.cause() instanceof LinkFailure.BindRefused) {
                        halted = Optional.of(u.cause().description());
                    }
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return new BatchOutcome(results, halted);
    }

    /** The gateway refused to build the SMS's PDUs: no retry will change that. */
    private static final class NotSubmittable extends RuntimeException {
        NotSubmittable(RuntimeException cause) {
            super(cause.getClass().getSimpleName(), cause, false, false);
        }
    }
}
