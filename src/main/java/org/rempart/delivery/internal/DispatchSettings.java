package org.rempart.delivery.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the engine claims and retries ({@code rempart.dispatch.*}), and the email channel's limit
 * of {@code domainConnections} messages in flight to one recipient domain across the nodes.
 *
 * @param batchSize deliveries claimed at once by a worker, as one range: one vault reveal and one audit record each
 * @param recordEvery messages sent between two writes of their results: at most this many per
 *     worker are sent again after a node dies
 * @param lease how long a claimed batch is its worker's; a dead node's batches are taken over after it
 * @param poll how long an idle worker waits before looking for work again
 * @param attempts attempts per delivery before it fails
 * @param retryMin the first retry's delay, doubled at each attempt (with jitter) up to {@code retryMax}
 * @param audienceChunk contacts of the segment per chunk of a campaign's audience written at once:
 *     the first messages leave once the first chunk is written
 */
@ConfigurationProperties("rempart.dispatch")
public record DispatchSettings(
        @DefaultValue("500") int batchSize,
        @DefaultValue("10") int recordEvery,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("500ms") Duration poll,
        @DefaultValue("6") int attempts,
        @DefaultValue("1m") Duration retryMin,
        @DefaultValue("1h") Duration retryMax,
        @DefaultValue("10s") Duration heartbeat,
        @DefaultValue("2") int smsWorkers,
        @DefaultValue("4") int domainConnections,
        @DefaultValue("50000") int audienceChunk) {

    public DispatchSettings {
        require(batchSize >= 1 && batchSize <= 1000, "rempart.dispatch.batch-size must be between 1 and 1000");
        require(recordEvery >= 1, "rempart.dispatch.record-every must be at least 1");
        require(lease.compareTo(Duration.ofSeconds(1)) >= 0, "rempart.dispatch.lease must be at least 1s");
        require(poll.isPositive() && heartbeat.isPositive(), "rempart.dispatch durations must be positive");
        require(attempts >= 1, "rempart.dispatch.attempts must be at least 1");
        require(retryMin.isPositive() && retryMax.compareTo(retryMin) >= 0,
                "rempart.dispatch.retry-min must be positive and at most retry-max");
        require(smsWorkers >= 1, "rempart.dispatch.sms-workers must be at least 1");
        require(domainConnections >= 1, "rempart.dispatch.domain-connections must be at least 1");
        require(audienceChunk >= 1, "rempart.dispatch.audience-chunk must be at least 1");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
