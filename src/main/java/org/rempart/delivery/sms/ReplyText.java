package org.rempart.delivery.sms;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.rempart.delivery.GsmAlphabet;

/**
 * The text of an SMS a recipient sent (mobile originated): from short_message or, when that is
 * empty, the message_payload TLV; past a user data header; decoded by its data_coding.
 */
final class ReplyText {

    private ReplyText() {
    }

    /** Empty for binary content or a data coding that is not text. */
    static Optional<String> of(DeliverSm reply) {
        byte[] content = reply.getShortMessage();
        if ((content == null || content.length == 0)
                && reply.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD) instanceof OptionalParameter.OctetString payload) {
            content = payload.getValue();
        }
        if (content == null) {
            return Optional.empty();
        }
        if (reply.isUdhi() && content.length > 0) {
            int header = (content[0] & 0xFF) + 1;
            content = Arrays.copyOfRange(content, Math.min(header, content.length), content.length);
        }
        return switch (reply.getDataCoding()) {
            case 0x00 -> Optional.of(GsmAlphabet.decode(content));
            case 0x01 -> Optional.of(new String(content, StandardCharsets.US_ASCII));
            case 0x03 -> Optional.of(new String(content, StandardCharsets.ISO_8859_1));
            case 0x08 -> Optional.of(new String(content, StandardCharsets.UTF_16BE));
            default -> Optional.empty();
        };
    }
}
