package org.rempart.delivery.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The messages Rempart would have sent, had an SMTP or SMPP server been configured: the last
 * {@code capacity} of them, in memory only (nothing is written to disk), gone on restart.
 */
@Component
public class CaptureOutbox {

    private final int capacity;
    private final Clock clock;
    private final boolean smtpConfigured;
    private final boolean smppConfigured;
    private final Deque<CapturedMessage> messages = new ArrayDeque<>();
    private long lastId;

    CaptureOutbox(OutboxSettings settings, Clock clock, @Value("${rempart.smtp.host:}") String smtpHost,
            @Value("${rempart.smpp.host:}") String smppHost) {
        this.capacity = settings.capacity();
        this.clock = clock;
        this.smtpConfigured = !smtpHost.isBlank();
        this.smppConfigured = !smppHost.isBlank();
    }

    /** Keeps a message built for the id and time it is given, dropping the oldest when full. */
    synchronized <T extends CapturedMessage> T capture(Function<Stamp, T> message) {
        T captured = message.apply(new Stamp(++lastId, clock.instant()));
        if (messages.size() == capacity) {
            messages.removeFirst();
        }
        messages.addLast(captured);
        return captured;
    }

    /** The id and time of a captured message. */
    record Stamp(long id, Instant at) {
    }

    public synchronized List<CapturedMessage> newestFirst() {
        return new ArrayList<>(messages.reversed());
    }

    public synchronized Optional<CapturedMessage> find(long id) {
        return messages.stream().filter(m -> m.id() == id).findFirst();
    }

    public int capacity() {
        return capacity;
    }

    /** Whether email goes to an SMTP server rather than here. */
    public boolean smtpConfigured() {
        return smtpConfigured;
    }

    /** Whether SMS go to an SMSC rather than here. */
    public boolean smppConfigured() {
        return smppConfigured;
    }
}
