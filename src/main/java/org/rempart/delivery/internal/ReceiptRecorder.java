package org.rempart.delivery.internal;

import java.util.Set;
import org.rempart.delivery.SmsDeliveryReceipt;
import org.rempart.delivery.SmsDeliveryReceipt.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes the SMSC's final word on an SMS to its delivery, found by the message id of any of its segments. */
@Component
class ReceiptRecorder {

    private static final Logger log = LoggerFactory.getLogger(ReceiptRecorder.class);

    /** Intermediate states say nothing about the outcome yet. */
    private static final Set<State> PROVISIONAL = Set.of(State.ENROUTE, State.ACCEPTD);

    private final DeliveryRepository deliveries;

    ReceiptRecorder(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @EventListener
    void on(SmsDeliveryReceipt receipt) {
        if (PROVISIONAL.contains(receipt.state())) {
            return;
        }
        if (deliveries.recordReceipt(receipt.messageId(), receipt.state().name()).isEmpty()) {
            log.debug("Receipt for an unknown SMSC message id ({})", receipt.state());
        }
    }
}
