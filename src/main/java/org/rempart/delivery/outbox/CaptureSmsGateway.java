package org.rempart.delivery.outbox;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.rempart.delivery.OutgoingSms;
import org.rempart.delivery.SmsGateway;
import org.rempart.delivery.SubmitResult;

/** SMS without an SMSC: kept in the {@link CaptureOutbox}, accepted with an id per segment. */
final class CaptureSmsGateway implements SmsGateway {

    private final CaptureOutbox outbox;

    CaptureSmsGateway(CaptureOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public CompletableFuture<SubmitResult> submit(OutgoingSms sms) {
        var captured = outbox.capture(stamp -> new CapturedMessage.Sms(stamp.id(), stamp.at(), sms,
                IntStream.rangeClosed(1, sms.text().segmentCount()).mapToObj(part -> "outbox-" + stamp.id() + "-" + part)
                        .toList()));
        return CompletableFuture.completedFuture(new SubmitResult.Accepted(captured.messageIds()));
    }
}
