package org.rempart.tracking.internal;

import java.time.Clock;
import org.rempart.audit.Actor;
import org.rempart.delivery.DeliveryBounced;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A server that refused a delivery for good while it was sent: a hard bounce, the address suppressed. */
@Component
class SendTimeBounces {

    private final FeedbackRecorder recorder;
    private final Clock clock;

    SendTimeBounces(FeedbackRecorder recorder, Clock clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    @EventListener
    void on(DeliveryBounced bounced) {
        recorder.record(bounced.delivery(), new Feedback.HardBounce(StatusCode.of(bounced.code())), clock.instant(),
                new Actor.SystemJob("dispatch"));
    }
}
