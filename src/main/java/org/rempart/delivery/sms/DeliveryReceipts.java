package org.rempart.delivery.sms;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.rempart.delivery.SmsDeliveryReceipt;

/**
 * Reads a delivery receipt: the receipted_message_id and message_state TLVs when the SMSC sends
 * them, otherwise the de facto text format {@code id:... sub:... dlvrd:... submit date:... done
 * date:... stat:DELIVRD err:000 text:...}.
 */
final class DeliveryReceipts {

    private static final Pattern ID = Pattern.compile("(?i)\\bid:(\\S+)");
    private static final Pattern STATE = Pattern.compile("(?i)\\bstat:([A-Z]+)");
    private static final Pattern ERROR = Pattern.compile("(?i)\\berr:(\\S+)");

    private DeliveryReceipts() {
    }

    /** Empty when the receipt names no message or no state. */
    static Optional<SmsDeliveryReceipt> read(DeliverSm receipt) {
        String text = receipt.getShortMessage() == null ? ""
                : new String(receipt.getShortMessage(), StandardCharsets.ISO_8859_1);
        Optional<String> id = tlv(receipt, OptionalParameter.Tag.RECEIPTED_MESSAGE_ID)
                .map(p -> ((OptionalParameter.COctetString) p).getValueAsString())
                .or(() -> find(ID, text));
        Optional<SmsDeliveryReceipt.State> state = tlv(receipt, OptionalParameter.Tag.MESSAGE_STATE)
                .flatMap(p -> fromMessageState(((OptionalParameter.Byte) p).getValue()))
                .or(() -> find(STATE, text).map(DeliveryReceipts::fromText));
        if (id.isEmpty() || state.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SmsDeliveryReceipt(id.get(), state.get(), find(ERROR, text).orElse("")));
    }

    private static Optional<OptionalParameter> tlv(DeliverSm receipt, OptionalParameter.Tag tag) {
        return Optional.ofNullable(receipt.getOptionalParameter(tag));
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static Optional<SmsDeliveryReceipt.State> fromMessageState(byte value) {
        SmsDeliveryReceipt.State[] states = SmsDeliveryReceipt.State.values();
        return value >= 1 && value <= states.length ? Optional.of(states[value - 1]) : Optional.empty();
    }

    private static SmsDeliveryReceipt.State fromText(String state) {
        try {
            return SmsDeliveryReceipt.State.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return SmsDeliveryReceipt.State.UNKNOWN;
        }
    }
}
