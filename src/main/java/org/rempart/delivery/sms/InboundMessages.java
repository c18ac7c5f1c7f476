package org.rempart.delivery.sms;

import java.time.InstantSource;
import java.util.Optional;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.rempart.delivery.SmsDeliveryReceipt;
import org.rempart.delivery.SmsStopReply;
import org.rempart.vault.Identifiers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * What the SMSC delivers on the binds: delivery receipts become {@link SmsDeliveryReceipt}
 * events, STOP replies {@link SmsStopReply} events; other replies are not kept. A deliver_sm is
 * acknowledged once its event is handled; if handling fails, the answer is a temporary error so
 * that the SMSC delivers it again rather than lose an opt-out. Numbers and texts stay out of logs.
 */
final class InboundMessages implements MessageReceiverListener {

    private static final Logger log = LoggerFactory.getLogger(InboundMessages.class);

    private final ApplicationEventPublisher events;
    private final InstantSource clock;

    InboundMessages(ApplicationEventPublisher events, InstantSource clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
        try {
            if (deliverSm.isSmscDeliveryReceipt()) {
                receipt(deliverSm);
            } else {
                reply(deliverSm);
            }
        } catch (RuntimeException e) {
            log.warn("An SMS delivered by the SMSC could not be handled ({}); it is refused for the SMSC to deliver "
                    + "again", e.getClass().getSimpleName());
            throw new ProcessRequestException("not handled", SMPPConstant.STAT_ESME_RX_T_APPN);
        }
    }

    private void receipt(DeliverSm deliverSm) {
        Optional<SmsDeliveryReceipt> receipt = DeliveryReceipts.read(deliverSm);
        if (receipt.isPresent()) {
            events.publishEvent(receipt.get());
        } else {
            log.warn("A delivery receipt names no message id or state; it is ignored");
        }
    }

    private void reply(DeliverSm deliverSm) {
        if (!ReplyText.of(deliverSm).map(StopWords::isStop).orElse(false)) {
            log.debug("A reply that is not an opt-out is ignored");
            return;
        }
        Optional<String> number = e164(deliverSm.getSourceAddr(), deliverSm.getSourceAddrTon());
        if (number.isPresent()) {
            events.publishEvent(new SmsStopReply(number.get(), clock.instant()));
        } else {
            log.warn("A STOP reply comes from an address that is not a phone number; it cannot be applied");
        }
    }

    /** International addresses come without their +; national ones are French. */
    private static Optional<String> e164(String address, byte ton) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        boolean international = ton == TypeOfNumber.INTERNATIONAL.value()
                || (ton == TypeOfNumber.UNKNOWN.value() && !address.startsWith("0") && !address.startsWith("+"));
        return Identifiers.normalizePhone(international ? "+" + address : address);
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
        // Rempart does not ask the SMSC for availability alerts.
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("data_sm is not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }
}
