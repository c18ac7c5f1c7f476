package org.rempart.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rempart.contacts.Channel;
import tools.jackson.databind.JsonNode;

/**
 * The dispatch engine as campaigns and tracking see it: audiences written into delivery rows,
 * then sending them from any number of nodes, and what became of each.
 */
public interface Dispatch {

    /**
     * Hands a campaign to the engine, in the caller's transaction, which it must commit before
     * {@link #writeAudience}: its audience is each contact of the segment filter (up to the highest
     * contact id it has now) who may be sent to on the channel (address, consent, not suppressed)
     * and is under the frequency cap (fewer than {@code frequencyCap} messages on that channel in
     * the 7 days before now). Sent from now, or from {@code notBefore}. An invalid filter throws
     * {@link org.rempart.platform.RequestRejectedException}.
     */
    void start(long campaignId, Channel channel, JsonNode filter, int frequencyCap, Instant notBefore);

    /**
     * Writes a started campaign's audience into its deliveries, in chunks of the segment's contacts
     * each committed on its own, the engine sending each as soon as it is written; then publishes
     * {@link AudienceWritten}. Nobody is written twice. When this node stops or fails midway,
     * any node of the engine takes the writing over once its lease expires.
     */
    void writeAudience(long campaignId);

    /** Stops claiming the campaign's deliveries; batches in flight stop before their next few messages. */
    void pause(long campaignId);

    void resume(long campaignId);

    /** Pending deliveries become cancelled; nothing more is sent. */
    void cancel(long campaignId);

    DeliveryCounts counts(long campaignId);

    /**
     * When the campaign's next waiting delivery is due, if it is later than now: a retry's time,
     * or the next opening of the sending hours for SMS held outside them.
     */
    Optional<Instant> waitingUntil(long campaignId);

    /** Accepted messages per hour, oldest first. */
    List<HourlyCount> sentPerHour(long campaignId);

    Optional<DeliveryRef> delivery(long deliveryId);

    /** The delivery an email's Message-ID (without angle brackets) belongs to. */
    Optional<DeliveryRef> deliveryByMessageId(String messageId);

    /** A count in the hour starting at {@code hour}. */
    record HourlyCount(Instant hour, long count) {
    }
}
