package org.rempart.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rempart.contacts.Channel;
import tools.jackson.databind.JsonNode;

/**
 * The dispatch engine as campaigns and tracking see it: audience snapshots into delivery rows,
 * then sending them from any number of nodes, and what became of each.
 */
public interface Dispatch {

    /**
     * Snapshots a campaign's audience: one delivery row per contact of the segment filter who may
     * be sent to on the channel (address, consent, not suppressed) and is under the frequency cap
     * (fewer than {@code frequencyCap} messages on that channel in the last 7 days), in one
     * statement. Calling it again for the same campaign adds nobody twice; it comes before the
     * campaign's dispatch starts, which cuts the deliveries into ranges in order of contact id.
     */
    AudienceSnapshot snapshot(long campaignId, Channel channel, JsonNode filter, int frequencyCap);

    /** Lets the engine send the campaign's pending deliveries, not before {@code notBefore}. */
    void start(long campaignId, Channel channel, Instant notBefore);

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
