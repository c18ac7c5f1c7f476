package org.rempart.delivery.internal;

import java.util.concurrent.ExecutionException;
import org.rempart.delivery.DirectSend;
import org.rempart.delivery.OutgoingEmail;
import org.rempart.delivery.OutgoingSms;
import org.rempart.delivery.SmsGateway;
import org.rempart.delivery.SubmitResult;
import org.rempart.platform.RequestRejectedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/** Test sends, straight to the channel's transport. */
@Service
class TransportDirectSend implements DirectSend {

    private final ObjectProvider<EmailTransport> email;
    private final ObjectProvider<SmsGateway> sms;

    TransportDirectSend(ObjectProvider<EmailTransport> email, ObjectProvider<SmsGateway> sms) {
        this.email = email;
        this.sms = sms;
    }

    @Override
    public Result email(OutgoingEmail message) {
        EmailTransport transport = email.getIfAvailable();
        if (transport == null) {
            throw unavailable("email");
        }
        return switch (transport.send(message)) {
            case SendOutcome.Sent s -> new Result(true, "accepted");
            case SendOutcome.TemporaryFailure t -> new Result(false, "temporary failure: " + t.reason());
            case SendOutcome.PermanentFailure p -> new Result(false, "refused: " + p.code());
            case SendOutcome.ChannelDown d -> new Result(false, "channel down: " + d.reason());
        };
    }

    @Override
    public Result sms(OutgoingSms message) {
        SmsGateway gateway = sms.getIfAvailable();
        if (gateway == null) {
            throw unavailable("SMS");
        }
        try {
            return switch (gateway.submit(message).get()) {
                case SubmitResult.Accepted a -> new Result(true, "accepted");
                case SubmitResult.TemporaryFailure t -> new Result(false, "temporary failure: " + t.status());
                case SubmitResult.PermanentFailure p -> new Result(false, "refused: " + p.status());
                case SubmitResult.Unavailable u -> new Result(false, "unavailable: " + u.cause().description());
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("SMS");
        } catch (ExecutionException e) {
            return new Result(false, "error: " + e.getCause().getClass().getSimpleName());
        }
    }

    private static RequestRejectedException unavailable(String channel) {
        return new RequestRejectedException(HttpStatus.SERVICE_UNAVAILABLE, "No " + channel + " transport is running");
    }
}
