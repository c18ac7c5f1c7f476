package org.rempart.tracking;

import java.util.List;

/**
 * The URLs and addresses that carry a delivery's feedback back to Rempart: opaque tokens signed
 * by HMAC, with no personal data and no contact id in them, under {@code REMPART_PUBLIC_URL}.
 */
public interface TrackingLinks {

    /**
     * Records the links of a campaign's template, in order, before its first message is sent: a
     * click only ever redirects to one of them. Idempotent for the same list.
     */
    void registerLinks(long campaignId, List<String> urls);

    /** The open-tracking pixel's URL. */
    String openPixel(long deliveryId);

    /** The tracked URL of the campaign's link at {@code linkIndex} (its position in {@link #registerLinks}). */
    String click(long deliveryId, int linkIndex);

    /** A short tracked URL for SMS ({@code REMPART_PUBLIC_URL/s/<code>}) to the same link. */
    String shortClick(long deliveryId, int linkIndex);

    /** The unsubscribe page and the {@code mailto:} alternative of {@code List-Unsubscribe}, with one token. */
    UnsubscribeLinks unsubscribeLinks(long deliveryId, String senderDomain);

    /** The envelope sender (VERP) that bounces of this delivery come back to. */
    String bounceAddress(long deliveryId, String senderDomain);
}
