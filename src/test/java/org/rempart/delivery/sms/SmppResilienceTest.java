package org.rempart.delivery.sms;

import org.rempart.delivery.internal.Throttle;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsmpp.SMPPConstant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rempart.delivery.OutgoingSms;
import org.rempart.delivery.SmppStatus;
import org.rempart.delivery.SubmitResult;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class SmppResilienceTest extends AgainstInProcessSmsc {

    @ParameterizedTest
    @ValueSource(ints = {SMPPConstant.STAT_ESME_RTHROTTLED, SMPPConstant.STAT_ESME_RMSGQFUL})
    void throttlingSlowsDownAndSendsAgainWithoutLosingAnything(int status) throws Exception {
        SmppGateway gateway = gateway(settings());
        smsc.refuseNext(6, status);

        List<SubmitResult> results = submitAll(gateway, messages(10));

        assertThat(results).allMatch(r -> r instanceof SubmitResult.Accepted);
        assertThat(smsc.received()).hasSize(16);
        assertThat(smsc.taken()).extracting(InProcessSmsc.Received::text).doesNotHaveDuplicates().hasSize(10);
    }

    @Test
    void aMessageStillThrottledAfterItsAttemptsIsATemporaryFailure() throws Exception {
        SmppGateway gateway = gateway(settings().attempts(3));
        smsc.refuseNext(100, SMPPConstant.STAT_ESME_RTHROTTLED);

        SubmitResult result = submit(gateway, sms("Soldes"));

        assertThat(result).isEqualTo(new SubmitResult.TemporaryFailure(new SmppStatus(0x58)));
        assertThat(smsc.received()).hasSize(3);
    }

    @Test
    void aPermanentErrorFailsThatMessageAtOnceWithItsCode() throws Exception {
        SmppGateway gateway = gateway(settings());
        smsc.refuseDestination("33699999999", SMPPConstant.STAT_ESME_RINVDSTADR);

        SubmitResult refused = submit(gateway, sms("+33699999999", "Soldes"));
        SubmitResult accepted = submit(gateway, sms("Soldes"));

        assertThat(refused).isEqualTo(new SubmitResult.PermanentFailure(new SmppStatus(0x0B)));
        assertThat(((SubmitResult.PermanentFailure) refused).status().name()).isEqualTo("ESME_RINVDSTADR");
        assertThat(accepted).isInstanceOf(SubmitResult.Accepted.class);
        assertThat(smsc.received()).hasSize(2);
    }

    @Test
    void aConnectionDroppedMidRunReconnectsAndLosesNothing(CapturedOutput output) throws Exception {
        int window = 5;
        SmppGateway gateway = gateway(settings().window(window).responseTimeout(Duration.ofSeconds(1)));
        smsc.dropConnectionAt(100);

        List<SubmitResult> results;
        try (var logging = debugLogging()) {
            results = submitAll(gateway, messages(300));
        }

        assertThat(results).allMatch(r -> r instanceof SubmitResult.Accepted);
        assertThat(smsc.binds()).hasSize(2);
        Map<String, Long> taken = smsc.taken().stream()
                .collect(Collectors.groupingBy(InProcessSmsc.Received::text, Collectors.counting()));
        assertThat(taken).hasSize(300);
        // Only what was in flight when the link broke (taken, the answer lost) can have gone twice.
        assertThat(taken.values().stream().filter(n -> n > 1).count()).isBetween(1L, (long) window);
        assertThat(taken.values()).allMatch(n -> n <= 2);
        assertThat(output.getAll()).contains("was lost; reconnecting").doesNotContain(tracesOf("612345678"))
                .doesNotContain("Message 0");
    }

    @Test
    void neverMoreRequestsOutstandingThanTheWindow() throws Exception {
        SmppGateway gateway = gateway(settings().window(4));
        smsc.answerAfter(Duration.ofMillis(50));

        submitAll(gateway, messages(40));

        assertThat(smsc.maxOutstanding()).isEqualTo(4);
    }

    @Test
    void paceIsTheContractedRate() throws Exception {
        SmppGateway gateway = gateway(settings().rate(100));
        submit(gateway, sms("Bonjour"));
        long start = System.nanoTime();

        submitAll(gateway, messages(50));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(480));
    }

    private static List<OutgoingSms> messages(int count) {
        return IntStream.range(0, count).mapToObj(i -> String.format("Message %04d", i)).map(AgainstInProcessSmsc::sms)
                .toList();
    }
}
