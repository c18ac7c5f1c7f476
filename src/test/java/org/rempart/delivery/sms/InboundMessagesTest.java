package org.rempart.delivery.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.TypeOfNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rempart.delivery.GsmAlphabet;
import org.rempart.delivery.SmsDeliveryReceipt;
import org.rempart.delivery.SmsStopReply;
import org.rempart.delivery.SubmitResult;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Receipts and replies the SMSC delivers on the binds. */
@ExtendWith(OutputCaptureExtension.class)
class InboundMessagesTest extends AgainstInProcessSmsc {

    private static final byte RECEIPT = 0x04;
    private static final byte REPLY = 0x00;

    private SmppGateway gateway;

    @BeforeEach
    void bind() throws Exception {
        gateway = gateway(settings());
        submit(gateway, sms("Bonjour"));
    }

    @Test
    void deliveryReceiptsBecomeEventsWithTheSubmittedMessageIdAndState() throws Exception {
        var accepted = (SubmitResult.Accepted) submit(gateway, sms("a".repeat(200)));
        String first = accepted.messageIds().get(0);
        String second = accepted.messageIds().get(1);

        assertThat(smsc.deliverReceipt(first, "DELIVRD", "000")).isZero();
        assertThat(smsc.deliverReceipt(second, "UNDELIV", "012")).isZero();
        assertThat(smsc.deliverReceipt(first, "EXPIRED", "000")).isZero();
        assertThat(smsc.deliverReceipt(first, "REJECTD", "000")).isZero();

        assertThat(events).containsExactly(
                new SmsDeliveryReceipt(first, SmsDeliveryReceipt.State.DELIVRD, "000"),
                new SmsDeliveryReceipt(second, SmsDeliveryReceipt.State.UNDELIV, "012"),
                new SmsDeliveryReceipt(first, SmsDeliveryReceipt.State.EXPIRED, "000"),
                new SmsDeliveryReceipt(first, SmsDeliveryReceipt.State.REJECTD, "000"));
    }

    @Test
    void receiptTlvsWinOverTheText() throws Exception {
        int status = smsc.deliver("36123", TypeOfNumber.UNKNOWN, RECEIPT, (byte) 0,
                "stat:UNKNOWN".getBytes(StandardCharsets.US_ASCII),
                new OptionalParameter.Receipted_message_id("5f3a"),
                new OptionalParameter.Message_state(OptionalParameter.Message_state.Message_state_enum.DELIVERED.byteValue()));

        assertThat(status).isZero();
        assertThat(events).containsExactly(new SmsDeliveryReceipt("5f3a", SmsDeliveryReceipt.State.DELIVRD, ""));
    }

    @Test
    void anUnreadableReceiptIsAcknowledgedAndIgnored() throws Exception {
        assertThat(smsc.deliver("36123", TypeOfNumber.UNKNOWN, RECEIPT, (byte) 0,
                "not a receipt".getBytes(StandardCharsets.US_ASCII))).isZero();
        assertThat(events).isEmpty();
    }

    @Test
    void stopRepliesBecomeOptOutEventsWithTheNumberKeptOutOfLogs(CapturedOutput output) throws Exception {
        try (var logging = debugLogging()) {
            replyStopFromSeveralNumbers();
        }

        List<String> numbers = events.stream().map(e -> ((SmsStopReply) e).number()).toList();
        assertThat(numbers).containsExactly("+33612345678", "+33698765432", "+262692123456");
        assertThat(output.getAll()).contains("not an opt-out");
        for (String digits : List.of("612345678", "698765432", "692123456", "611111111", "622222222")) {
            assertThat(output.getAll()).doesNotContain(tracesOf(digits));
            assertThat(events.toString()).doesNotContain(digits);
        }
    }

    private void replyStopFromSeveralNumbers() throws Exception {
        smsc.deliver("33612345678", TypeOfNumber.INTERNATIONAL, REPLY, (byte) 0x08,
                "Arrêt".getBytes(StandardCharsets.UTF_16BE));
        smsc.deliver("0698765432", TypeOfNumber.NATIONAL, REPLY, (byte) 0x00, GsmAlphabet.encode("stop sms"));
        smsc.deliver("262692123456", TypeOfNumber.UNKNOWN, REPLY, (byte) 0x00, GsmAlphabet.encode("STOP."));
        smsc.deliver("33611111111", TypeOfNumber.INTERNATIONAL, REPLY, (byte) 0x00,
                GsmAlphabet.encode("Bonjour, STOP les promos le dimanche"));
        smsc.deliver("33622222222", TypeOfNumber.INTERNATIONAL, REPLY, (byte) 0x08,
                "merci 😀".getBytes(StandardCharsets.UTF_16BE));
    }

    @Test
    void aStopThatCannotBeHandledIsRefusedForTheSmscToDeliverAgain(CapturedOutput output) throws Exception {
        try (var logging = debugLogging()) {
            replyStopToAFailingConsumer();
        }

        assertThat(output.getAll()).contains("could not be handled").doesNotContain(tracesOf("612345678"));
    }

    private void replyStopToAFailingConsumer() throws Exception {
        gateway.close();
        SmppGateway failing = gateway(settings(), event -> {
            throw new IllegalStateException("consent store down for +33612345678");
        });
        submit(failing, sms("Bonjour"));

        int status = smsc.deliver("33612345678", TypeOfNumber.INTERNATIONAL, REPLY, (byte) 0x00,
                GsmAlphabet.encode("STOP"));

        assertThat(status).isEqualTo(SMPPConstant.STAT_ESME_RX_T_APPN);
    }
}
