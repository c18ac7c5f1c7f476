package org.rempart.delivery.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.rempart.delivery.OutgoingSms;
import org.rempart.delivery.SmsSender;
import org.rempart.delivery.SmsText;
import org.rempart.delivery.SubmitResult;

class CaptureOutboxTest {

    private final CaptureOutbox outbox = new CaptureOutbox(new OutboxSettings(3),
            Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC), "", "");
    private final CaptureSmsGateway sms = new CaptureSmsGateway(outbox);

    @Test
    void keepsTheLastMessagesNewestFirst() throws Exception {
        for (int i = 0; i < 5; i++) {
            sms.submit(sms("+3361234560" + i, "Offre " + i + " STOP au 36123"));
        }
        assertThat(outbox.newestFirst()).extracting(CapturedMessage::id).containsExactly(5L, 4L, 3L);
        assertThat(outbox.find(2)).isEmpty();
        assertThat(outbox.find(4)).get().isInstanceOfSatisfying(CapturedMessage.Sms.class,
                captured -> assertThat(captured.sms().destination()).isEqualTo("+33612345603"));
    }

    @Test
    void acceptsEverySmsWithAnIdPerSegment() throws Exception {
        CompletableFuture<SubmitResult> result = sms.submit(sms("+33612345642", "x".repeat(200) + " STOP au 36123"));
        assertThat(result).isCompletedWithValue(new SubmitResult.Accepted(List.of("outbox-1-1", "outbox-1-2")));
        assertThat(outbox.smppConfigured()).isFalse();
        assertThat(outbox.smtpConfigured()).isFalse();
    }

    private static OutgoingSms sms(String number, String text) {
        return new OutgoingSms(new SmsSender("Rempart"), number, new SmsText(text));
    }
}
