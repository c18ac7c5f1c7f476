package org.rempart.delivery.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rempart.delivery.SmsSender;
import org.rempart.delivery.SmsText;
import org.rempart.delivery.LinkFailure;
import org.rempart.delivery.OutgoingSms;
import org.rempart.delivery.SmppStatus;
import org.rempart.delivery.SubmitResult;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class SmppGatewayTest extends AgainstInProcessSmsc {

    @Test
    void bindsAsTransceiversWithItsCredentialsAndSpreadsTheLoadOverThem() throws Exception {
        SmppGateway gateway = gateway(settings().binds(2).systemType("RMPRT"));
        await().atMost(Duration.ofSeconds(5)).until(() -> smsc.binds().size() == 2);
        assertThat(smsc.binds()).containsOnly(new InProcessSmsc.Bind(BindType.BIND_TRX, "rempart", "s3cr3t", "RMPRT"));

        List<SubmitResult> results = submitAll(gateway,
                IntStream.range(0, 20).mapToObj(i -> sms("Message " + i)).toList());

        assertThat(results).allMatch(r -> r instanceof SubmitResult.Accepted);
        assertThat(smsc.taken()).hasSize(20).extracting(InProcessSmsc.Received::session).contains(0, 1);
    }

    @Test
    void aRefusedBindIsAClearErrorAndSendsNothing(CapturedOutput output) throws Exception {
        SmppGateway gateway = gateway(settings().password("Wr0ngPw!"));
        long start = System.nanoTime();

        SubmitResult result = submit(gateway, sms("Soldes"));

        assertThat(result).isEqualTo(new SubmitResult.Unavailable(
                new LinkFailure.BindRefused(new SmppStatus(0x0E))));
        assertThat(((SubmitResult.Unavailable) result).cause().description())
                .isEqualTo("the SMSC refused the bind: ESME_RINVPASWD (0x0000000E)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no wait for a bind that cannot come")
                .isLessThan(Duration.ofSeconds(3));
        assertThat(smsc.submits()).isZero();
        assertThat(output.getAll()).contains("ESME_RINVPASWD").doesNotContain("Wr0ngPw!");
    }

    @Test
    void whileTheSmscIsUnreachableAMessageWaitsForABindThenIsUnavailable() throws Exception {
        smsc.close();
        SmppGateway gateway = gateway(settings().bindWait(Duration.ofMillis(300)));
        long start = System.nanoTime();

        SubmitResult result = submit(gateway, sms("Soldes"));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(result).isInstanceOfSatisfying(SubmitResult.Unavailable.class, unavailable -> assertThat(
                unavailable.cause().description()).startsWith("cannot bind to the SMSC: Connection refused"));
    }

    @Test
    void aLongGsmTextGoesInPartsUnpackedWithAUserDataHeader() throws Exception {
        SmppGateway gateway = gateway(settings());
        String text = "€" + "a".repeat(159) + "b".repeat(10);

        SubmitResult result = submit(gateway, sms(text));

        assertThat(result).isInstanceOfSatisfying(SubmitResult.Accepted.class,
                accepted -> assertThat(accepted.messageIds()).hasSize(2).doesNotHaveDuplicates());
        List<SubmitSm> parts = smsc.received().stream().map(InProcessSmsc.Received::pdu).toList();
        assertThat(parts).hasSize(2).allSatisfy(pdu -> {
            assertThat(pdu.getDataCoding()).isEqualTo((byte) 0x00);
            assertThat(pdu.getEsmClass()).isEqualTo((byte) 0x40);
            assertThat(pdu.getRegisteredDelivery()).isEqualTo((byte) 0x01);
            assertThat(pdu.getSourceAddrTon()).isEqualTo(TypeOfNumber.ALPHANUMERIC.value());
            assertThat(pdu.getSourceAddr()).isEqualTo("Rempart");
            assertThat(pdu.getDestAddrTon()).isEqualTo(TypeOfNumber.INTERNATIONAL.value());
            assertThat(pdu.getDestAddress()).isEqualTo("33612345678");
        });
        byte[] first = parts.get(0).getShortMessage();
        byte[] second = parts.get(1).getShortMessage();
        byte reference = first[3];
        assertThat(Arrays.copyOf(first, 8)).containsExactly(0x05, 0x00, 0x03, reference, 0x02, 0x01, 0x1B, 0x65);
        assertThat(first).hasSize(6 + 153);
        assertThat(Arrays.copyOfRange(first, 8, first.length)).containsOnly(0x61);
        assertThat(Arrays.copyOf(second, 6)).containsExactly(0x05, 0x00, 0x03, reference, 0x02, 0x02);
        assertThat(Arrays.copyOfRange(second, 6, second.length))
                .isEqualTo(("a".repeat(8) + "b".repeat(10)).getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aUcs2TextGoesInUtf16WithDataCoding8() throws Exception {
        SmppGateway gateway = gateway(settings());

        submit(gateway, sms("Fête 😀"));
        submit(gateway, sms("ê".repeat(100)));

        List<SubmitSm> parts = smsc.received().stream().map(InProcessSmsc.Received::pdu).toList();
        assertThat(parts).hasSize(3).allMatch(pdu -> pdu.getDataCoding() == 0x08);
        assertThat(parts.get(0).getEsmClass()).isZero();
        assertThat(parts.get(0).getShortMessage()).isEqualTo("Fête 😀".getBytes(StandardCharsets.UTF_16BE));
        byte[] first = parts.get(1).getShortMessage();
        byte[] second = parts.get(2).getShortMessage();
        assertThat(parts.get(1).getEsmClass()).isEqualTo((byte) 0x40);
        assertThat(Arrays.copyOf(first, 6)).containsExactly(0x05, 0x00, 0x03, first[3], 0x02, 0x01);
        assertThat(Arrays.copyOfRange(first, 6, first.length))
                .isEqualTo("ê".repeat(67).getBytes(StandardCharsets.UTF_16BE));
        assertThat(Arrays.copyOfRange(second, 6, second.length))
                .isEqualTo("ê".repeat(33).getBytes(StandardCharsets.UTF_16BE));
    }

    @Test
    void sarTlvsCanTieThePartsInstead() throws Exception {
        SmppGateway gateway = gateway(settings().concatenation(Concatenation.SAR));

        submit(gateway, sms("a".repeat(200)));

        List<SubmitSm> parts = smsc.received().stream().map(InProcessSmsc.Received::pdu).toList();
        assertThat(parts).hasSize(2).allSatisfy(pdu -> {
            assertThat(pdu.getEsmClass()).isZero();
            assertThat(pdu.getOptionalParameter(OptionalParameter.Sar_total_segments.class).getValue())
                    .isEqualTo((byte) 2);
        });
        assertThat(parts.get(0).getShortMessage()).isEqualTo("a".repeat(153).getBytes(StandardCharsets.US_ASCII));
        assertThat(parts.get(1).getShortMessage()).isEqualTo("a".repeat(47).getBytes(StandardCharsets.US_ASCII));
        assertThat(parts).extracting(pdu -> pdu.getOptionalParameter(OptionalParameter.Sar_segment_seqnum.class)
                .getValue()).containsExactly((byte) 1, (byte) 2);
        assertThat(parts).extracting(pdu -> pdu.getOptionalParameter(OptionalParameter.Sar_msg_ref_num.class)
                .getValue()).containsOnly(parts.get(0).getOptionalParameter(OptionalParameter.Sar_msg_ref_num.class)
                .getValue());
    }

    @Test
    void numericSendersGoAsNumbers() throws Exception {
        SmppGateway gateway = gateway(settings());

        submit(gateway, new OutgoingSms(new SmsSender("+33700000001"), RECIPIENT, new SmsText("Bonjour")));
        submit(gateway, new OutgoingSms(new SmsSender("36123"), RECIPIENT, new SmsText("Bonjour")));

        List<SubmitSm> pdus = smsc.received().stream().map(InProcessSmsc.Received::pdu).toList();
        assertThat(pdus).extracting(SubmitSm::getSourceAddr).containsExactly("33700000001", "36123");
        assertThat(pdus).extracting(SubmitSm::getSourceAddrTon)
                .containsExactly(TypeOfNumber.INTERNATIONAL.value(), TypeOfNumber.UNKNOWN.value());
    }

    @Test
    void keepsAnIdleBindAliveWithEnquireLink() throws Exception {
        SmppGateway gateway = gateway(settings().enquireLink(Duration.ofMillis(100)));
        submit(gateway, sms("Bonjour"));

        await().atMost(Duration.ofSeconds(3)).until(() -> smsc.enquireLinks() >= 3);
    }
}
