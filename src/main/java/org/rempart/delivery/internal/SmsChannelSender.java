package org.rempart.delivery.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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

    @Override
    public BatchOutcome send(List<Pending> messages) throws InterruptedException {
        List<CompletableFuture<SubmitResult>> answers = new ArrayList<>();
        for (Pending pending : messages) {
            answers.add(gateway.submit(((ComposedMessage.Sms) pending.message()).sms()));
        }
        List<DeliveryResult> results = new ArrayList<>();
        Optional<String> halted = Optional.empty();
        for (int i = 0; i < messages.size(); i++) {
            Attempt attempt = messages.get(i).attempt();
            long id = attempt.delivery().id();
            switch (answers.get(i).join()) {
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
        return new BatchOutcome(results, halted);
    }
}
