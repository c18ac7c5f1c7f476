package org.rempart.campaigns.templates;

import java.util.ArrayList;
import java.util.List;
import org.rempart.tracking.TrackingLinks;
import org.rempart.tracking.UnsubscribeLinks;

/**
 * Predictable tracking URLs, so that tests can say where each one lands (and benchmarks render
 * without signing tokens): {@code https://t.test/c/<delivery>/<index>} and the like.
 */
public final class FakeTrackingLinks implements TrackingLinks {

    private static final String BASE = "https://t.test/";

    /** Each list {@link #registerLinks} got, in order. */
    public final List<List<String>> registered = new ArrayList<>();

    @Override
    public void registerLinks(long campaignId, List<String> urls) {
        registered.add(List.copyOf(urls));
    }

    @Override
    public String click(long deliveryId, int linkIndex) {
        return BASE + "c/" + deliveryId + "/" + linkIndex;
    }

    @Override
    public String openPixel(long deliveryId) {
        return BASE + "o/" + deliveryId;
    }

    @Override
    public UnsubscribeLinks unsubscribeLinks(long deliveryId, String senderDomain) {
        return new UnsubscribeLinks(BASE + "u/" + deliveryId, "mailto:u-" + deliveryId + "@" + senderDomain);
    }

    @Override
    public String bounceAddress(long deliveryId, String senderDomain) {
        return "b-" + deliveryId + "@" + senderDomain;
    }

    @Override
    public String shortClick(long deliveryId, int linkIndex) {
        return BASE + "s/" + deliveryId + "x" + linkIndex;
    }
}
