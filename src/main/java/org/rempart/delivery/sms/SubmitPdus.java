package org.rempart.delivery.sms;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.OptionalParameters;
import org.jsmpp.bean.TypeOfNumber;
import org.rempart.delivery.GsmAlphabet;
import org.rempart.delivery.SmsEncoding;
import org.rempart.delivery.SmsSender;
import org.rempart.delivery.OutgoingSms;

/**
 * An SMS as the submit_sm requests that carry it. GSM 7-bit text goes with data_coding 0 (the
 * SMSC's default alphabet), one septet per octet, extension characters as the escape and their
 * code; UCS-2 text with data_coding 8, in UTF-16BE. The parts of a long SMS share a reference
 * number, in a user data header or in SAR TLVs.
 */
final class SubmitPdus {

    /** A part's addresses are the message's: who sends it, who receives it. */
    record Address(TypeOfNumber ton, NumberingPlanIndicator npi, String value) {
    }

    record Pdu(byte esmClass, byte dataCoding, byte[] shortMessage, OptionalParameter... tlvs) {
    }

    record Submission(Address source, Address destination, List<Pdu> parts) {
    }

    private static final byte DATA_CODING_GSM = 0x00;
    private static final byte DATA_CODING_UCS2 = 0x08;
    private static final byte ESM_CLASS_UDHI = 0x40;
    /** The 8-bit reference concatenation header: length 5, element 00 of 3 octets. */
    private static final byte[] UDH_PREFIX = {0x05, 0x00, 0x03};
    private static final int MAX_PARTS = 255;

    private final Concatenation concatenation;
    private final AtomicInteger references = new AtomicInteger();

    SubmitPdus(Concatenation concatenation) {
        this.concatenation = concatenation;
    }

    Submission of(OutgoingSms sms) {
        List<String> segments = sms.text().segments();
        if (segments.size() > MAX_PARTS) {
            throw new IllegalArgumentException("An SMS has at most " + MAX_PARTS + " parts; this text needs "
                    + segments.size());
        }
        boolean gsm = sms.text().encoding() == SmsEncoding.GSM_7;
        int reference = references.getAndIncrement();
        List<Pdu> parts = new ArrayList<>(segments.size());
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            byte[] text = gsm ? GsmAlphabet.encode(segment) : segment.getBytes(StandardCharsets.UTF_16BE);
            byte dataCoding = gsm ? DATA_CODING_GSM : DATA_CODING_UCS2;
            parts.add(segments.size() == 1 ? new Pdu((byte) 0, dataCoding, text)
                    : part(dataCoding, text, reference, segments.size(), i + 1));
        }
        return new Submission(source(sms.sender()),
                new Address(TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, sms.destination().substring(1)),
                List.copyOf(parts));
    }

    private Pdu part(byte dataCoding, byte[] text, int reference, int total, int sequence) {
        if (concatenation == Concatenation.SAR) {
            return new Pdu((byte) 0, dataCoding, text, OptionalParameters.newSarMsgRefNum(reference & 0xFFFF),
                    OptionalParameters.newSarTotalSegments(total), OptionalParameters.newSarSegmentSeqnum(sequence));
        }
        byte[] message = new byte[UDH_PREFIX.length + 3 + text.length];
        System.arraycopy(UDH_PREFIX, 0, message, 0, UDH_PREFIX.length);
        message[3] = (byte) reference;
        message[4] = (byte) total;
        message[5] = (byte) sequence;
        System.arraycopy(text, 0, message, 6, text.length);
        return new Pdu(ESM_CLASS_UDHI, dataCoding, message);
    }

    private static Address source(SmsSender sender) {
        return switch (sender.kind()) {
            case ALPHANUMERIC -> new Address(TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, sender.address());
            case INTERNATIONAL -> new Address(TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, sender.address());
            case NUMERIC -> new Address(TypeOfNumber.UNKNOWN, NumberingPlanIndicator.ISDN, sender.address());
        };
    }
}
