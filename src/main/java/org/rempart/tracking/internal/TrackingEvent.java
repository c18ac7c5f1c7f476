package org.rempart.tracking.internal;

import java.time.Instant;
import org.rempart.delivery.DeliveryRef;

/** One row of {@code tracking_event}: ids only. */
record TrackingEvent(DeliveryRef delivery, FeedbackKind kind, Integer linkIndex, Instant at) {
}
